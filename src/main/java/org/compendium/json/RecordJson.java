package org.compendium.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.compendium.model.Record;

/** The JSON form of a {@link Record}, as {@code spec/record.schema.json} defines it. */
public final class RecordJson {
  private final ObjectMapper mapper = new ObjectMapper();
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
