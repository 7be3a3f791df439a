package org.newsum.model;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Set;

/**
 * Which network addresses {@link UrlFetcher} may connect to: by default only public ones, so a URL given by
 * a user of a shared service cannot reach the service's own machine or its private network.
 */
@FunctionalInterface
public interface AddressPolicy {

    /** Whether a connection to this resolved address and port may be made. */
    boolean allows(InetAddress address, int port);

    /** Public addresses only: refuses loopback, link-local, site-local, unique-local, wildcard and multicast. */
    AddressPolicy PUBLIC_ONLY = (address, port) -> !isPrivate(address);

    /** Every address, for intranets ({@code --allow-private-urls}). */
    AddressPolicy ANY = (address, port) -> true;

    /** This policy, and also exactly these address-and-port pairs (e.g. one known intranet server). */
    default AddressPolicy alsoAllowing(Set<InetSocketAddress> endpoints) {
        Set<InetSocketAddress> allowed = Set.copyOf(endpoints);
        return (address, port) -> allows(address, port) || allowed.contains(new InetSocketAddress(address, port));
    }

    /**
     * Whether an address is not on the public internet: loopback, link-local, site-local (10/8, 172.16/12,
     * 192.168/16), unique-local (fc00::/7), carrier-grade NAT (100.64/10), the wildcard, multicast, and IPv6
     * forms that embed an IPv4 address (mapped, compatible, 6to4, NAT64) of such a kind.
     */
    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0                                   // "this network"
                    || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    || first >= 240;                            // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {                       // unique-local fc00::/7
                return true;
            }
            if (first == 0xfe && (b[1] & 0xc0) == 0xc0) {       // deprecated site-local fec0::/10
                return true;
            }
            InetAddress embedded = embeddedIpv4(b);
            return embedded != null && isPrivate(embedded);
        }
        return true; // an address family we do not know is not trusted
    }

    /** The IPv4 address inside an IPv4-mapped, IPv4-compatible, 6to4 or NAT64 IPv6 address, else null. */
    private static InetAddress embeddedIpv4(byte[] b) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= b[i] == 0;
        }
        boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0;
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b;
        try {
            if (mapped || compatible || nat64) {
                return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) { // 6to4 2002:V4ADDR::/48
                return InetAddress.getByAddress(new byte[] {b[2], b[3], b[4], b[5]});
            }
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e); // four bytes are always a valid IPv4 address
        }
        return null;
    }
}
