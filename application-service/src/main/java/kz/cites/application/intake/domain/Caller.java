package kz.cites.application.intake.domain;

/**
 * Who asks, as far as the intake rules care: the person's IIN, the company's BIN when acting for
 * one, and whether they are authority staff (officer or operator) who see every application.
 */
public record Caller(String iin, String bin, boolean staff) {}
