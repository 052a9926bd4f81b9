package pe.colca.sales.internal;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The client address of a request behind proxies: the TCP peer, unless the peer is a trusted proxy, in
 * which case {@code X-Forwarded-For} is read from the right, skipping trusted proxies, and the first
 * address that is not one is the client (an address a client wrote at the left end is never believed
 * unless every hop after it is trusted). Only IP literals are parsed (never a name lookup); anything
 * malformed stops the walk at the last good address.
 */
public final class ClientAddresses {

    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<Range> trusted;

    private ClientAddresses(List<Range> trusted) {
        this.trusted = trusted;
    }

    /** Trusted proxies as written in the setting: IPs or CIDRs separated by commas; blank or {@code -}: none. */
    public static ClientAddresses trusting(String setting) {
        List<Range> ranges = new ArrayList<>();
        if (setting != null) {
            for (String part : setting.split("[,\\s]+")) {
                Range r = Range.parse(part.strip());
                if (r != null) {
                    ranges.add(r);
                }
            }
        }
        return new ClientAddresses(List.copyOf(ranges));
    }

    /** The client's address (at most 45 characters), or the peer when nothing better is known. */
    public String client(String peer, String forwardedFor) {
        if (peer == null || forwardedFor == null || forwardedFor.isBlank() || !isTrusted(peer)) {
            return cut(peer);
        }
        String[] hops = forwardedFor.split(",");
        String client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (parse(hop) == null) {
                break;
            }
            client = hop;
            if (!isTrusted(hop)) {
                break;
            }
        }
        return cut(client);
    }

    boolean isTrusted(String address) {
        byte[] bytes = parse(address);
        return bytes != null && trusted.stream().anyMatch(r -> r.contains(bytes));
    }

    private static String cut(String address) {
        return address == null || address.length() <= 45 ? address : address.substring(0, 45);
    }

    static byte[] parse(String address) {
        if (address == null || !LITERAL.matcher(address).matches()
                || (!address.contains(":") && !address.matches("\\d{1,3}(\\.\\d{1,3}){3}"))) {
            return null;
        }
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private record Range(byte[] network, int bits) {

        static Range parse(String text) {
            if (text.isEmpty() || text.equals("-")) {
                return null;
            }
            int slash = text.indexOf('/');
            byte[] address = ClientAddresses.parse(slash < 0 ? text : text.substring(0, slash));
            if (address == null) {
                return null;
            }
            int bits = address.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException e) {
                    return null;
                }
                if (bits < 0 || bits > address.length * 8) {
                    return null;
                }
            }
            return new Range(address, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int shift = network.length * 8 - bits;
            BigInteger a = new BigInteger(1, address).shiftRight(shift);
            BigInteger n = new BigInteger(1, network).shiftRight(shift);
            return a.equals(n);
        }
    }
}
