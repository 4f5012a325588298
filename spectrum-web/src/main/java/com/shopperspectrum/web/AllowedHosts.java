package com.shopperspectrum.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The host names a server answers to, the guard against DNS rebinding: a page of another site whose name is made
 * to resolve to this machine reaches the server with that site's name in its {@code Host} header, so a request
 * whose {@code Host} is not one of these names is refused (421, {@link HostGuard}). The names are the loopback
 * names ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}), the address the server was started on, and any
 * the user lists ({@code serve --allowed-hosts}). A {@code Host} matches by name, case-insensitively, with or
 * without a port (the port is the connection's, not a name: the request reached this server's port whatever it
 * says). Immutable.
 */
public final class AllowedHosts {
    /** The names every server answers to. */
    public static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "[::1]");

    private final Set<String> names;

    private AllowedHosts(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    /** The loopback names only (tests, and a server bound to loopback with nothing else listed). */
    public static AllowedHosts loopback() {
        return of(null, List.of());
    }

    /**
     * The loopback names, {@code bindHost} (null: none) and {@code extra}; throws IllegalArgumentException naming
     * a listed value that is not a host name or address.
     */
    public static AllowedHosts of(String bindHost, Collection<String> extra) {
        Set<String> names = new LinkedHashSet<>(LOOPBACK);
        if (bindHost != null && !bindHost.isBlank()) {
            names.add(name(bindHost.trim()));
        }
        for (String host : extra) {
            String value = host == null ? "" : host.trim();
            if (!valid(value)) {
                throw new IllegalArgumentException(
                        "--allowed-hosts takes host names or addresses separated by commas (such as "
                                + "shop.example,192.168.1.20), got '" + Params.clip(String.valueOf(host)) + "'");
            }
            names.add(name(value));
        }
        return new AllowedHosts(names);
    }

    /** The names, in a stable order (for messages and docs). */
    public List<String> names() {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        return sorted;
    }

    /**
     * Whether a request with this {@code Host} header is answered. A request without one is (HTTP/1.0 only: Jetty
     * refuses an HTTP/1.1 request without {@code Host} itself, and browsers always send it).
     */
    public boolean allows(String hostHeader) {
        return hostHeader == null || names.contains(nameOfHeader(hostHeader.trim()));
    }

    /** The name of a {@code Host} value: without its port, lower case; an IPv6 literal keeps its brackets. */
    static String nameOfHeader(String host) {
        String h = host;
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            h = end < 0 ? h : h.substring(0, end + 1);
        } else {
            int colon = h.indexOf(':');
            h = colon < 0 ? h : h.substring(0, colon);
        }
        return h.toLowerCase(Locale.ROOT);
    }

    /** A configured name: a bare IPv6 address gets brackets (as it appears in a Host header), else as a header. */
    private static String name(String host) {
        if (host.indexOf(':') != host.lastIndexOf(':') && !host.startsWith("[")) {
            return "[" + host.toLowerCase(Locale.ROOT) + "]";
        }
        return nameOfHeader(host);
    }

    /** A host name or IPv4 address with an optional port, or an IPv6 address (bracketed with a port, or bare). */
    private static boolean valid(String value) {
        return value.matches("(?i)[a-z0-9_]([a-z0-9_.-]*[a-z0-9_])?(:[0-9]{1,5})?")
                || value.matches("(?i)\\[[0-9a-f:.]+](:[0-9]{1,5})?")
                || value.matches("(?i)[0-9a-f:.]*:[0-9a-f:.]*:[0-9a-f:.]*");
    }

    @Override
    public String toString() {
        return String.join(", ", names());
    }
}
