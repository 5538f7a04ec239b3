package kz.cites.simulator.persona;

/** A record of the individual-entrepreneur registry (entrepreneurs trade under their IIN). */
public record Entrepreneur(
    String iin, boolean registered, boolean active, String name, String nameLatin) {}
