package org.newsum.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.newsum.model.NewsumException;

/**
 * Turns the bytes of one input into text: UTF-8 (with or without BOM), UTF-16 with a BOM, and a
 * reported fallback to Windows-1252 or ISO-8859-1; binary data is refused.
 */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Decoded text and, when the input was not UTF-8, the charset that was used. */
    record Decoded(String text, String fallbackCharset) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes, String name) throws NewsumException {
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
        String cp1252 = tryDecode(bytes, 0, WINDOWS_1252);
        if (cp1252 != null) {
            return new Decoded(cp1252, "Windows-1252");
        }
        return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), "ISO-8859-1");
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
