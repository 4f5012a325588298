package com.shopperspectrum.web;

import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;

/**
 * jte's context-aware HTML escaping, with quotes in element text escaped too ({@code &quot;}, {@code &#39;}), as
 * the pages always wrote them: jte escapes only {@code & < >} there, which is safe, but the pages' bytes and the
 * tests that read them stay as they were. Attributes, script and style content keep jte's own escaping.
 */
final class EscapingOutput extends OwaspHtmlTemplateOutput {
    private final TemplateOutput out;
    private String tag;
    private String attribute;

    EscapingOutput(TemplateOutput out) {
        super(out);
        this.out = out;
    }

    @Override
    public void setContext(String tagName, String attributeName) {
        super.setContext(tagName, attributeName);
        this.tag = tagName;
        this.attribute = attributeName;
    }

    @Override
    public void writeUserContent(String value) {
        if (value == null || attribute != null || (tag != null && isRaw(tag))) {
            super.writeUserContent(value);
            return;
        }
        out.writeContent(escapeText(value));
    }

    private static boolean isRaw(String tag) {
        return tag.equalsIgnoreCase("script") || tag.equalsIgnoreCase("style");
    }

    static String escapeText(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
