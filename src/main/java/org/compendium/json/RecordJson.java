package org.compendium.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.compendium.model.Record;

/** The JSON form of a {@link Record}, as {@code spec/record.schema.json} defines it. */
public final class RecordJson {
  private static final JsonFactory FACTORY = new JsonFactory();
  // UTF-8 output writes a character outside the BMP as itself, as the string output does (by default Jackson
  // escapes it as a surrogate pair there)
  private final ObjectMapper mapper =
      JsonMapper.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
  private final ObjectWriter prettyWriter = mapper.writer().with(SerializationFeature.INDENT_OUTPUT);

  public String write(Record record, boolean pretty) {
    try {
      return pretty
          ? prettyWriter.writeValueAsString(record)
          : mapper.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("record is not serializable", e);
    }
  }

  /**
   * The compact JSON as UTF-8 bytes: the same text as {@code write(record, false)}, made without the string (the
   * store binds these bytes as they are; a string would be encoded to UTF-8 again by the driver).
   */
  public byte[] writeUtf8(Record record) {
    try {
      return mapper.writeValueAsBytes(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("record is not serializable", e);
    }
  }

  public Record read(String json) {
    try {
      return mapper.readValue(json, Record.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a record: " + e.getOriginalMessage(), e);
    }
  }

  /** {@link #read(String)} of UTF-8 bytes. */
  public Record read(byte[] utf8) {
    try {
      return mapper.readValue(utf8, Record.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a record: " + e.getOriginalMessage(), e);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The {@code text} of a record's UTF-8 JSON, or null: read by streaming over the other fields, without building
   * the record (for a caller that wants one sentence of each of many records).
   */
  public static String text(byte[] utf8) {
    try (JsonParser p = FACTORY.createParser(utf8)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("not a record: not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        boolean text = "text".equals(p.currentName());
        p.nextToken();
        if (text) {
          return p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : null;
        }
        p.skipChildren();
      }
      return null;
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("not a record: " + e.getMessage(), e);
    }
  }

  public ObjectMapper mapper() {
    return mapper;
  }
}
