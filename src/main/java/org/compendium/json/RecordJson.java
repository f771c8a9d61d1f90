package org.compendium.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.compendium.model.Record;

/** The JSON form of a {@link Record}, as {@code spec/record.schema.json} defines it. */
public final class RecordJson {
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

  public ObjectMapper mapper() {
    return mapper;
  }
}
