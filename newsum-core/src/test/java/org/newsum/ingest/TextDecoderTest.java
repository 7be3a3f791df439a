package org.newsum.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.newsum.model.NewsumException;

class TextDecoderTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String BODY = "<p>The caf\u00e9\u2019s \u201cBlue Kettle\u201d closes \u2013 after 60 years.</p>";

    @Test
    void aMetaCharsetIsHonouredWithoutANotice() throws NewsumException {
        byte[] page = ("<html><head><meta charset=\"windows-1252\"></head><body>" + BODY + "</body></html>").getBytes(CP1252);

        TextDecoder.Decoded d = TextDecoder.decode(page, "cafe.html");

        assertThat(d.text()).contains(BODY);
        assertThat(d.fallbackCharset()).isNull();
    }

    @Test
    void anHttpEquivContentTypeIsHonoured() throws NewsumException {
        byte[] page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"></head>"
                + "<body><p>\u041f\u0430\u0440\u043e\u043c</p></body></html>").getBytes(Charset.forName("koi8-r"));

        assertThat(TextDecoder.decode(page, "p.html").text()).contains("\u041f\u0430\u0440\u043e\u043c");
    }

    @Test
    void aDeclaredCharsetWinsOverTheMetaTag() throws NewsumException {
        byte[] page = ("<meta charset=\"utf-8\"><p>\u041f\u0430\u0440\u043e\u043c</p>").getBytes(Charset.forName("koi8-r"));

        assertThat(TextDecoder.decode(page, "p.html", "KOI8-R").text()).contains("\u041f\u0430\u0440\u043e\u043c");
    }

    @Test
    void latin1LabelsMeanWindows1252() throws NewsumException {
        byte[] page = ("<meta charset=iso-8859-1>" + BODY).getBytes(CP1252);

        assertThat(TextDecoder.decode(page, "p.html").text()).contains(BODY);
    }

    @Test
    void validUtf8IsReadAsUtf8WhateverTheDeclaration() throws NewsumException {
        byte[] page = ("<meta charset=\"iso-8859-1\">" + BODY).getBytes(StandardCharsets.UTF_8);

        assertThat(TextDecoder.decode(page, "p.html").text()).contains(BODY);
    }

    @Test
    void undeclaredLegacyBytesFallBackWithANotice() throws NewsumException {
        TextDecoder.Decoded d = TextDecoder.decode(BODY.getBytes(CP1252), "p.txt");

        assertThat(d.text()).isEqualTo(BODY);
        assertThat(d.fallbackCharset()).isEqualTo("Windows-1252");
    }

    @Test
    void anUnknownCharsetLabelIsIgnored() throws NewsumException {
        assertThat(TextDecoder.charset("no-such-charset")).isNull();
        assertThat(TextDecoder.decode(("<meta charset=bogus>" + BODY).getBytes(CP1252), "p.html").text()).contains(BODY);
    }

    private static byte[] bytes(String text, int... tail) {
        byte[] head = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = java.util.Arrays.copyOf(head, head.length + tail.length + 64);
        for (int i = 0; i < tail.length; i++) {
            out[head.length + i] = (byte) tail[i];
        }
        return out;
    }

    private static byte[] signed(int... values) {
        byte[] out = new byte[values.length + 64];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static void assertRefusedAs(byte[] data, String name, String kind) {
        assertThatThrownBy(() -> TextDecoder.decode(data, name))
                .isInstanceOf(NewsumException.class)
                .hasMessage(name + ": " + kind + ", not text or HTML");
    }

    @Test
    void knownBinaryFormatsAreNamedBySignature() {
        assertRefusedAs(bytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nBT /F1 12 Tf 72 720 Td\n"),
                "report.txt", "a PDF document");
        assertRefusedAs(signed(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13), "p.html", "a PNG image");
        assertRefusedAs(signed(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'), "p.txt", "a JPEG image");
        assertRefusedAs(bytes("GIF89a", 1, 0, 1, 0), "p.txt", "a GIF image");
        assertRefusedAs(signed(0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0), "p.txt", "a gzip-compressed file");
        assertRefusedAs(signed('7', 'z', 0xBC, 0xAF, 0x27, 0x1C, 0, 4), "p.txt", "a 7z archive");
        assertRefusedAs(signed(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1), "letter.doc",
                "an old Microsoft Office document (.doc, .xls or .ppt)");
        assertRefusedAs(bytes("PK\u0003\u0004\u0014\u0000\u0006\u0000\u0008\u0000[Content_Types].xml", 0, 0, 'w', 'o', 'r',
                'd', '/', 'd', 'o', 'c'), "letter.txt", "a Word document (.docx)");
        assertRefusedAs(bytes("PK\u0003\u0004\u0014\u0000\u0006\u0000\u0008\u0000[Content_Types].xml xl/workbook.xml"),
                "sheet.txt", "an Excel workbook (.xlsx)");
        assertRefusedAs(bytes("PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000notes/a.txt"), "notes.txt", "a ZIP archive");
        byte[] tar = new byte[1024];
        System.arraycopy("story.txt".getBytes(StandardCharsets.US_ASCII), 0, tar, 0, 9);
        System.arraycopy("ustar".getBytes(StandardCharsets.US_ASCII), 0, tar, 257, 5);
        assertRefusedAs(tar, "stories.txt", "a tar archive");
    }

    @Test
    void textThatBeginsLikeAShortSignatureIsText() throws NewsumException {
        for (String text : new String[] {"BMW opened a plant in the valley.", "MZ Motors recalled 400 scooters.",
                "ID3 is the name of the new tram line.", "BZh was the rapper's stage name.", "PK scored twice."}) {
            assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), "t.txt").text()).isEqualTo(text);
        }
    }

    @Test
    void oneNulByteInAGoodPageIsRemovedNotARefusal() throws NewsumException {
        String page = "<html><body>" + "<p>The harbour board met on Monday to discuss the new ferry timetable.</p>\n"
                .repeat(200) + "</body></html>";
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        bytes[1000] = 0;

        TextDecoder.Decoded d = TextDecoder.decode(bytes, "page.html");

        assertThat(d.text()).doesNotContain("\u0000").hasSize(page.length() - 1);
        assertThat(d.controlsRemoved()).isEqualTo(1);
    }

    @Test
    void escapeCodesAndOtherControlsAreRemovedAndCounted() throws NewsumException {
        String tail = " was raised at the pier on Friday, and lifted when the storm had passed.";
        TextDecoder.Decoded d = TextDecoder.decode(("A \u001B[31mred alert\u001B[0m\t" + tail + "\r\n")
                .getBytes(StandardCharsets.UTF_8), "t.txt");

        assertThat(d.text()).isEqualTo("A [31mred alert[0m\t" + tail + "\r\n");
        assertThat(d.controlsRemoved()).isEqualTo(2);
    }

    @Test
    void dataWithManyControlBytesAndNoSignatureIsBinary() {
        byte[] noise = new byte[20_000];
        new Random(7).nextBytes(noise);
        noise[0] = 'x'; // no signature

        assertThatThrownBy(() -> TextDecoder.decode(noise, "blob.txt"))
                .isInstanceOf(NewsumException.class)
                .hasMessageStartingWith("blob.txt: binary data (")
                .hasMessageEndingWith("control bytes in the first 19 KB), not text or HTML");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRead() throws NewsumException {
        String text = "The ferry to the islands will not run for three weeks, the port said.";

        assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16LE), "le.txt").text()).isEqualTo(text);
        assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16BE), "be.txt").text()).isEqualTo(text);
    }
}
