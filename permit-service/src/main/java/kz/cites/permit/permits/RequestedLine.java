package kz.cites.permit.permits;

import java.math.BigDecimal;

/** A quantity someone states of one permit line, the line numbered from 1 in the permit's order. */
public record RequestedLine(int line, BigDecimal quantity) {}
