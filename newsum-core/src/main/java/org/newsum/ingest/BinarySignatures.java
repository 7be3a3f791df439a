package org.newsum.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Names the binary format of some bytes from their signature (the "magic" bytes a format starts with):
 * PDF, images, audio and video, archives and compressed files, office documents, programs, databases.
 *
 * <p>Every signature is long enough, or sits where text cannot put it (bytes that are not valid UTF-8, a NUL), that a
 * text which happens to begin like a short one ("BM…", "MZ…", "ID3…") is not mistaken for a file of that kind.
 */
final class BinarySignatures {

    /** How many leading bytes {@link #identify} looks at (tar's signature sits at offset 257). */
    static final int HEAD_BYTES = 4096;

    /** Fixed bytes at an offset. */
    private record Part(int offset, byte[] bytes) {
    }

    /** A format and the parts its files all start with. */
    private record Signature(String description, List<Part> parts) {
    }

    private static final List<Signature> SIGNATURES = List.of(
            of("a PDF document", ascii(0, "%PDF-")),
            of("a PostScript document", ascii(0, "%!PS")),
            of("an RTF document", ascii(0, "{\\rtf")),
            of("a PNG image", bytes(0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)),
            of("a JPEG image", bytes(0, 0xFF, 0xD8, 0xFF)),
            of("a GIF image", ascii(0, "GIF87a")),
            of("a GIF image", ascii(0, "GIF89a")),
            of("a TIFF image", bytes(0, 'I', 'I', 0x2A, 0x00)),
            of("a TIFF image", bytes(0, 'M', 'M', 0x00, 0x2A)),
            of("an icon image", bytes(0, 0x00, 0x00, 0x01, 0x00)),
            of("a WebP image", ascii(0, "RIFF"), ascii(8, "WEBP")),
            of("a WAV audio file", ascii(0, "RIFF"), ascii(8, "WAVE")),
            of("an AVI video", ascii(0, "RIFF"), ascii(8, "AVI ")),
            of("an MP4 or QuickTime video (or HEIC image)", ascii(4, "ftyp")),
            of("a Matroska or WebM video", bytes(0, 0x1A, 0x45, 0xDF, 0xA3)),
            of("an Ogg audio or video file", ascii(0, "OggS")),
            of("a FLAC audio file", ascii(0, "fLaC")),
            of("an MP3 audio file", ascii(0, "ID3"), bytes(4, 0x00)),
            of("a gzip-compressed file", bytes(0, 0x1F, 0x8B, 0x08)),
            of("a bzip2-compressed file", ascii(0, "BZh"), ascii(4, "1AY&SY")),
            of("an xz-compressed file", bytes(0, 0xFD, '7', 'z', 'X', 'Z', 0x00)),
            of("a zstd-compressed file", bytes(0, 0x28, 0xB5, 0x2F, 0xFD)),
            of("a 7z archive", bytes(0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)),
            of("a RAR archive", ascii(0, "Rar!\u001A\u0007")),
            of("a tar archive", ascii(257, "ustar")),
            of("an old Microsoft Office document (.doc, .xls or .ppt)",
                    bytes(0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)),
            of("a program (ELF executable or library)", bytes(0, 0x7F, 'E', 'L', 'F')),
            of("a Java class file", bytes(0, 0xCA, 0xFE, 0xBA, 0xBE)),
            of("a WebAssembly module", bytes(0, 0x00, 'a', 's', 'm')),
            of("an SQLite database", ascii(0, "SQLite format 3\u0000")));

    private BinarySignatures() {
    }

    /** What binary format the head of a file is in, if its signature is known; {@code length} bytes of {@code head} are valid. */
    static Optional<String> identify(byte[] head, int length) {
        if (matches(head, length, ascii(0, "PK\u0003\u0004")) || matches(head, length, ascii(0, "PK\u0005\u0006"))) {
            return Optional.of(zipKind(head, length));
        }
        for (Signature s : SIGNATURES) {
            if (s.parts().stream().allMatch(p -> matches(head, length, p))) {
                return Optional.of(s.description());
            }
        }
        return Optional.empty();
    }

    /** Office documents, e-books and Java archives are ZIP files; their first entries say which they are. */
    private static String zipKind(byte[] head, int length) {
        String names = new String(head, 0, Math.min(length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
        if (names.contains("mimetypeapplication/epub+zip")) {
            return "an EPUB e-book";
        }
        if (names.contains("mimetypeapplication/vnd.oasis.opendocument.text")) {
            return "an OpenDocument text (.odt)";
        }
        if (names.contains("mimetypeapplication/vnd.oasis.opendocument.spreadsheet")) {
            return "an OpenDocument spreadsheet (.ods)";
        }
        if (names.contains("mimetypeapplication/vnd.oasis.opendocument.presentation")) {
            return "an OpenDocument presentation (.odp)";
        }
        if (names.contains("word/")) {
            return "a Word document (.docx)";
        }
        if (names.contains("xl/")) {
            return "an Excel workbook (.xlsx)";
        }
        if (names.contains("ppt/")) {
            return "a PowerPoint presentation (.pptx)";
        }
        if (names.contains("[Content_Types].xml")) {
            return "a Microsoft Office document (.docx, .xlsx or .pptx)";
        }
        if (names.contains("META-INF/MANIFEST.MF")) {
            return "a Java archive (.jar)";
        }
        return "a ZIP archive";
    }

    private static boolean matches(byte[] head, int length, Part part) {
        if (length < part.offset() + part.bytes().length) {
            return false;
        }
        for (int i = 0; i < part.bytes().length; i++) {
            if (head[part.offset() + i] != part.bytes()[i]) {
                return false;
            }
        }
        return true;
    }

    private static Signature of(String description, Part... parts) {
        return new Signature(description, List.of(parts));
    }

    private static Part ascii(int offset, String text) {
        return new Part(offset, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Part bytes(int offset, int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return new Part(offset, b);
    }
}
