package dev.custody.processor.diagnostics;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree of {@link Map} (objects, in iteration order), {@link List}, {@link String}, {@link
 * Number} and {@link Boolean} as indented JSON. Enough for the SARIF report; not a general library,
 * so the processor jar needs no JSON dependency.
 */
final class Json {
  private Json() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, 0, out);
    return out.append('\n').toString();
  }

  private static void write(Object value, int depth, StringBuilder out) {
    if (value instanceof Map) {
      writeObject((Map<?, ?>) value, depth, out);
    } else if (value instanceof List) {
      writeArray((List<?>) value, depth, out);
    } else if (value instanceof String) {
      writeString((String) value, out);
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value == null) {
      out.append("null");
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }

  private static void writeObject(Map<?, ?> object, int depth, StringBuilder out) {
    if (object.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    Iterator<? extends Map.Entry<?, ?>> entries = object.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<?, ?> entry = entries.next();
      newline(depth + 1, out);
      writeString(String.valueOf(entry.getKey()), out);
      out.append(": ");
      write(entry.getValue(), depth + 1, out);
      if (entries.hasNext()) {
        out.append(',');
      }
    }
    newline(depth, out);
    out.append('}');
  }

  private static void writeArray(List<?> array, int depth, StringBuilder out) {
    if (array.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    for (int i = 0; i < array.size(); i++) {
      newline(depth + 1, out);
      write(array.get(i), depth + 1, out);
      if (i < array.size() - 1) {
        out.append(',');
      }
    }
    newline(depth, out);
    out.append(']');
  }

  private static void newline(int depth, StringBuilder out) {
    out.append('\n');
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  static void writeString(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
