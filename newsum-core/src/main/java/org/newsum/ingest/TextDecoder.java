package org.newsum.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsum.model.NewsumException;
import org.newsum.model.Notice;

/**
 * Turns the bytes of one input into text: UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when
 * its zero bytes show it), the charset the input declares (an HTTP Content-Type, or an HTML {@code <meta charset>}),
 * and a reported fallback to Windows-1252 or ISO-8859-1. Binary data is refused: a known format by its signature
 * (naming it), anything else when control bytes are more than a twentieth of its first 64 KB. Control characters
 * left in a text (a stray NUL, an escape code) are removed and counted.
 *
 * <p>Valid UTF-8 is read as UTF-8 even when another charset is declared: pages often declare
 * ISO-8859-1 and serve UTF-8, while text in a legacy charset is almost never valid UTF-8 by chance. Text that arrives
 * already as a string (a JSON Lines document, an article in a service request) gets the same checks through
 * {@link #ofString}.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** {@code <meta charset="x">} or {@code <meta http-equiv="Content-Type" content="text/html; charset=x">}. */
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
    /** Browsers look for the meta tag in the first 1024 bytes; so do we. */
    private static final int PRESCAN_BYTES = 1024;

    /**
     * Decoded text, the charset used when the input was not UTF-8 and declared nothing (else {@code null}), and
     * how many control characters were removed.
     */
    public record Decoded(String text, String fallbackCharset, int controlsRemoved) {

        /** What a person should know about reading the input {@code name}: a fallback charset, removed controls. */
        public List<Notice> notices(String name) {
            List<Notice> notices = new ArrayList<>();
            if (fallbackCharset != null) {
                notices.add(Notice.encodingFallback(name, fallbackCharset));
            }
            if (controlsRemoved > 0) {
                notices.add(Notice.controlsRemoved(name, controlsRemoved));
            }
            return notices;
        }
    }

    /** The share of control bytes above which data without a known signature is binary, not text. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    private static final int SAMPLE_BYTES = 64 * 1024;

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
        Optional<String> format = BinarySignatures.identify(bytes, bytes.length);
        if (format.isPresent()) {
            throw new NewsumException(name + ": " + format.get() + ", not text or HTML");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            String text = tryDecode(bytes, 3, StandardCharsets.UTF_8);
            if (text == null) {
                throw new NewsumException(name + ": starts with a UTF-8 byte-order mark but is not valid UTF-8");
            }
            return withoutControls(text, null);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return withoutControls(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), null);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return withoutControls(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), null);
        }
        String utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return withoutControls(utf16, null);
        }
        rejectBinary(bytes, name);
        String utf8 = tryDecode(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return withoutControls(utf8, null);
        }
        Charset stated = charset(declared != null ? declared : metaCharset(bytes));
        if (stated != null && !stated.equals(StandardCharsets.UTF_8)) {
            // The input said what it is: no notice, and a stray undefined byte becomes U+FFFD, not an error.
            return withoutControls(new String(bytes, stated), null);
        }
        String cp1252 = tryDecode(bytes, 0, WINDOWS_1252);
        if (cp1252 != null) {
            return withoutControls(cp1252, "Windows-1252");
        }
        return withoutControls(new String(bytes, StandardCharsets.ISO_8859_1), "ISO-8859-1");
    }

    /**
     * A text given as a string, checked as a file's bytes are: refused as binary data when more than a twentieth of
     * its first 64 K characters are control characters (random bytes read as Latin-1 are), else without its control
     * characters, counted. {@code name} names the text in the error.
     */
    public static Decoded ofString(String text, String name) throws NewsumException {
        int sample = Math.min(text.length(), SAMPLE_BYTES);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            if (isControlChar(text.charAt(i))) {
                control++;
            }
        }
        if (sample > 0 && control > MAX_CONTROL_SHARE * sample) {
            throw new NewsumException(name + ": binary data (" + Math.round(100.0 * control / sample)
                    + "% control characters in the first " + sample + " characters), not text or HTML");
        }
        return withoutControls(text, null);
    }

    /**
     * A short field that names or labels a text (an id, a title, a source name) without its control characters, so
     * that it cannot drive a terminal; {@code null} stays {@code null}.
     */
    public static String printable(String field) {
        return field == null ? null : withoutControls(field, null).text();
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

    /**
     * Refuses data without a known signature whose first 64 KB are more than a twentieth control bytes (NUL and the
     * other C0 codes but tab, line feed, form feed and carriage return): compressed or encrypted data has about a
     * tenth, while a stray NUL in a scraped page is far below the share and is removed instead.
     */
    private static void rejectBinary(byte[] bytes, String name) throws NewsumException {
        Optional<String> binary = binaryData(bytes);
        if (binary.isPresent()) {
            throw new NewsumException(name + ": " + binary.get() + ", not text or HTML");
        }
    }

    /** "binary data (N% control bytes in the first …)" when the data has the share of control bytes binary has. */
    private static Optional<String> binaryData(byte[] bytes) {
        int sample = Math.min(bytes.length, SAMPLE_BYTES);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            if (isControlByte(bytes[i] & 0xFF)) {
                control++;
            }
        }
        if (sample > 0 && control > MAX_CONTROL_SHARE * sample) {
            return Optional.of("binary data (" + Math.round(100.0 * control / sample) + "% control bytes in the first "
                    + sizeOf(sample) + ")");
        }
        return Optional.empty();
    }

    private static boolean isControlByte(int b) {
        return b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f';
    }

    private static String sizeOf(int bytes) {
        return bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " bytes";
    }

    /**
     * Why the start of data that must be UTF-8 text (JSON Lines) is not: UTF-16, by its byte-order mark or its zero
     * bytes, or binary data, by its share of control bytes. Empty when it may be UTF-8 text.
     */
    static Optional<String> notUtf8Text(byte[] head) {
        if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF) || utf16ByZeros(head) != null) {
            return Optional.of("UTF-16 text");
        }
        return binaryData(head);
    }

    /**
     * The UTF-16 byte order that the zero bytes of the data show, or {@code null}: Latin-script UTF-16 has a zero in
     * every other byte, on the odd ones in little-endian order, the even ones in big-endian.
     */
    private static Charset utf16ByZeros(byte[] bytes) {
        int pairs = Math.min(bytes.length, SAMPLE_BYTES) / 2;
        if (pairs < 8) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < pairs; i++) {
            zeroEven += bytes[2 * i] == 0 ? 1 : 0;
            zeroOdd += bytes[2 * i + 1] == 0 ? 1 : 0;
        }
        if (zeroOdd >= 0.4 * pairs && zeroEven <= 0.05 * pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven >= 0.4 * pairs && zeroOdd <= 0.05 * pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** UTF-16 text without a byte-order mark, when its zero bytes show it ({@link #utf16ByZeros}); else {@code null}. */
    private static String utf16WithoutBom(byte[] bytes) {
        Charset charset = utf16ByZeros(bytes);
        if (charset == null) {
            return null;
        }
        String text = tryDecode(bytes, 0, charset);
        if (text == null) {
            return null;
        }
        // Tables of 16-bit numbers have the same zeros; text is mostly printable characters and spaces.
        int sample = Math.min(text.length(), SAMPLE_BYTES);
        long printable = text.chars().limit(sample).filter(c -> c >= 0x20 || c == '\n' || c == '\r' || c == '\t')
                .count();
        return printable >= 0.95 * sample ? text : null;
    }

    /**
     * The text without control characters (C0 but tab, line feed, form feed and carriage return; DEL; C1): a NUL or
     * an escape code is never part of an article, and would reach a terminal or a JSON consumer otherwise.
     */
    static Decoded withoutControls(String text, String fallbackCharset) {
        int first = 0;
        while (first < text.length() && !isControlChar(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return new Decoded(text, fallbackCharset, 0);
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        int removed = 0;
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControlChar(c)) {
                removed++;
            } else {
                out.append(c);
            }
        }
        return new Decoded(out.toString(), fallbackCharset, removed);
    }

    private static boolean isControlChar(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c <= 0x9F);
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
