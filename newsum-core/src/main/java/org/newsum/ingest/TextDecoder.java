package org.newsum.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsum.model.NewsumException;

/**
 * Turns the bytes of one input into text: UTF-8 (with or without BOM), UTF-16 with a BOM, the charset
 * the input declares (an HTTP Content-Type, or an HTML {@code <meta charset>}), and a reported fallback
 * to Windows-1252 or ISO-8859-1; binary data is refused.
 *
 * <p>Valid UTF-8 is read as UTF-8 even when another charset is declared: pages often declare
 * ISO-8859-1 and serve UTF-8, while text in a legacy charset is almost never valid UTF-8 by chance.
 */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** {@code <meta charset="x">} or {@code <meta http-equiv="Content-Type" content="text/html; charset=x">}. */
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
    /** Browsers look for the meta tag in the first 1024 bytes; so do we. */
    private static final int PRESCAN_BYTES = 1024;

    /** Decoded text and, when the input was not UTF-8, the charset that was used. */
    record Decoded(String text, String fallbackCharset) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes, String name) throws NewsumException {
        return decode(bytes, name, null);
    }

    /**
     * Decodes, using {@code declared} (e.g. from an HTTP Content-Type, or {@code null}) or else the
     * document's own {@code <meta charset>} when the bytes are not UTF-8.
     */
    static Decoded decode(byte[] bytes, String name, String declared) throws NewsumException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8, name);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), null);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), null);
        }
        rejectBinary(bytes, name);
        String utf8 = tryDecode(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, null);
        }
        Charset stated = charset(declared != null ? declared : metaCharset(bytes));
        if (stated != null && !stated.equals(StandardCharsets.UTF_8)) {
            // The input said what it is: no notice, and a stray undefined byte becomes U+FFFD, not an error.
            return new Decoded(new String(bytes, stated), null);
        }
        String cp1252 = tryDecode(bytes, 0, WINDOWS_1252);
        if (cp1252 != null) {
            return new Decoded(cp1252, "Windows-1252");
        }
        return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), "ISO-8859-1");
    }

    /** The charset named in a {@code <meta>} tag near the start of the bytes, or {@code null}. */
    static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /**
     * The charset for a label, or {@code null} if unknown. As in browsers, ISO-8859-1 and ASCII labels
     * mean Windows-1252, a superset that also maps the curly quotes and dashes such pages hold.
     */
    static Charset charset(String label) {
        if (label == null) {
            return null;
        }
        String l = label.strip().toLowerCase(Locale.ROOT);
        if (l.equals("iso-8859-1") || l.equals("latin1") || l.equals("iso8859-1") || l.equals("us-ascii")
                || l.equals("ascii") || l.equals("l1")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(l);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Decoded strict(byte[] bytes, int offset, Charset charset, String name) throws NewsumException {
        String text = tryDecode(bytes, offset, charset);
        if (text == null) {
            throw new NewsumException(name + ": starts with a UTF-8 byte-order mark but is not valid UTF-8");
        }
        return new Decoded(text, null);
    }

    /** Refuses data with NUL bytes or many control characters: images, archives, office files. */
    private static void rejectBinary(byte[] bytes, String name) throws NewsumException {
        int sample = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new NewsumException(name + ": binary file (contains NUL bytes), not text or HTML");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (sample > 0 && control * 20 > sample) {
            throw new NewsumException(name + ": binary file (" + control + " control characters in the first "
                    + sample + " bytes), not text or HTML");
        }
    }

    private static String tryDecode(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
