package org.newsum.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

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
}
