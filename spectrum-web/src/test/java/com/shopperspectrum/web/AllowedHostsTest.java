package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which Host headers a server answers to. */
class AllowedHostsTest {
    @Test
    void loopbackNamesWithOrWithoutPortAndInAnyCase() {
        AllowedHosts hosts = AllowedHosts.loopback();
        for (String host : List.of("localhost", "LocalHost:7070", "127.0.0.1", "127.0.0.1:1", "[::1]", "[::1]:7070")) {
            assertThat(hosts.allows(host)).as(host).isTrue();
        }
        for (String host : List.of(
                "evil.example", "localhost.evil.example", "127.0.0.1.nip.io", "127.0.0.2", "[::2]", "", "localhost.")) {
            assertThat(hosts.allows(host)).as(host).isFalse();
        }
        assertThat(hosts.allows(null)).as("HTTP/1.0 without Host").isTrue();
    }

    @Test
    void theBindAddressAndTheListedNames() {
        AllowedHosts hosts = AllowedHosts.of("0.0.0.0", List.of("Shop.Example", " 192.168.1.20 ", "fe80::1"));
        assertThat(hosts.allows("0.0.0.0:7070")).isTrue();
        assertThat(hosts.allows("shop.example")).isTrue();
        assertThat(hosts.allows("192.168.1.20:7070")).isTrue();
        assertThat(hosts.allows("[FE80::1]:7070")).isTrue();
        assertThat(hosts.allows("evil.example")).isFalse();
        assertThat(AllowedHosts.of("::1", List.of()).names()).containsExactly("127.0.0.1", "[::1]", "localhost");
    }

    @Test
    void aListedValueThatIsNoHostNameIsRefusedByName() {
        for (String bad : List.of("", "a b", "http://x", "x/y", "a,b")) {
            assertThatThrownBy(() -> AllowedHosts.of(null, List.of(bad)))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("--allowed-hosts")
                    .hasMessageContaining("'" + bad + "'");
        }
    }
}
