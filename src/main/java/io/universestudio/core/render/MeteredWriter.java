package io.universestudio.core.render;

import java.io.Writer;

/**
 * The writer a render writes its text to: it keeps the text and reports every write to the render's
 * {@link RenderMeter}, so a template cannot write more than its budget allows. The tracked codes find
 * the meter through it.
 */
class MeteredWriter extends Writer {

    private final StringBuilder text = new StringBuilder(4096);
    private final RenderMeter meter;

    MeteredWriter(RenderMeter meter) {
        this.meter = meter;
    }

    RenderMeter meter() {
        return meter;
    }

    /** The meter of a render's writer, or null for any other writer (mustache.java's own string writers). */
    static RenderMeter meterOf(Writer writer) {
        return writer instanceof MeteredWriter m ? m.meter : null;
    }

    int length() {
        return text.length();
    }

    String text() {
        return text.toString();
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        meter.wrote(len);
        text.append(cbuf, off, len);
    }

    @Override
    public void write(String str) {
        meter.wrote(str.length());
        text.append(str);
    }

    @Override
    public void write(String str, int off, int len) {
        meter.wrote(len);
        text.append(str, off, off + len);
    }

    @Override
    public void write(int c) {
        meter.wrote(1);
        text.append((char) c);
    }

    @Override
    public void flush() {
        // Nothing buffered outside the StringBuilder.
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
