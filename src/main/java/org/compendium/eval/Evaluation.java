package org.compendium.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Extraction measured field by field against a gold set: add one (gold, prediction) pair per record, then
 * print the per-field precision, recall and F1 (strict and lenient, macro and micro), the attribute
 * accuracies and the overall figure, in the layout of the reference scorer {@code eval/score.py}.
 */
public final class Evaluation {
  private final Tally tally = new Tally();
  private final RecordScorer scorer = new RecordScorer(tally);
  private final Map<String, Map<String, Double>> perRecord = new LinkedHashMap<>();

  /** Scores one record; a null or non-object prediction scores as an empty record. */
  public Map<String, Double> add(String name, JsonNode gold, JsonNode pred) {
    JsonNode p = pred != null && pred.isObject() ? pred : new ObjectMapper().createObjectNode();
    Map<String, Double> r = scorer.score(gold, p);
    perRecord.put(name, r);
    return r;
  }

  public int size() {
    return perRecord.size();
  }

  /** The mean over records of one per-record figure ("overall", "places!", "date", ...). */
  public double macro(String key) {
    if (perRecord.isEmpty()) {
      return 0;
    }
    double sum = 0; // a plain sum, as the reference scorer does (streams would compensate and differ)
    for (Map<String, Double> r : perRecord.values()) {
      sum += r.get(key);
    }
    return sum / perRecord.size();
  }

  public void print(PrintWriter out, boolean verbose) {
    if (verbose) {
      perRecord.forEach((name, r) -> {
        StringBuilder sb = new StringBuilder(name);
        r.forEach((k, v) -> sb.append(' ').append(k).append('=').append(fmt2(v)));
        out.println(sb);
      });
    }
    out.println("records: " + perRecord.size());
    for (String k : RecordScorer.F1_FIELDS) {
      Tally.FieldCount m = tally.fields.getOrDefault(k, new Tally.FieldCount(0, 0, 0));
      Tally.FieldCount s = tally.fields.getOrDefault(k + "!", new Tally.FieldCount(0, 0, 0));
      out.println(String.format(Locale.ROOT,
          "%-13s strict macro-F1 %s (lenient %s)   micro P %s R %s F1 %s strict %s   (gold %d, pred %d, matched %d, exact %d)",
          k, fmt(macro(k + "!"), 3), fmt(macro(k), 3), fmt(precision(m), 3), fmt(recall(m), 3),
          fmt(Tally.f1(m.gold(), m.pred(), m.matched()), 3), fmt(Tally.f1(s.gold(), s.pred(), s.matched()), 3),
          m.gold(), m.pred(), m.matched(), s.matched()));
    }
    new TreeMap<>(tally.attrs).forEach((key, v) -> out.println(String.format(Locale.ROOT, "%-22s accuracy %s  (%d/%d)",
        key, v.accuracy() == null ? "n/a" : fmt(v.accuracy(), 3), v.correct(), v.total())));
    out.println("lenient " + fmt(macro("lenient"), 3));
    out.println("overall " + fmt(macro("overall"), 3));
    out.flush();
  }

  /** The figures as JSON: per record, macro means and micro counts. */
  public JsonNode toJson(ObjectMapper mapper) {
    ObjectNode root = mapper.createObjectNode();
    root.set("records", mapper.valueToTree(perRecord));
    ObjectNode macro = root.putObject("macro");
    List<String> keys = new java.util.ArrayList<>();
    RecordScorer.F1_FIELDS.forEach(k -> keys.add(k));
    RecordScorer.F1_FIELDS.forEach(k -> keys.add(k + "!"));
    keys.addAll(List.of("date", "lenient", "overall"));
    keys.forEach(k -> macro.put(k, macro(k)));
    ObjectNode micro = root.putObject("micro");
    tally.fields.forEach((k, c) -> micro.putObject(k).put("gold", c.gold()).put("pred", c.pred())
        .put("matched", c.matched()).put("precision", precision(c)).put("recall", recall(c))
        .put("f1", Tally.f1(c.gold(), c.pred(), c.matched())));
    tally.attrs.forEach((k, c) -> {
      ObjectNode n = micro.putObject(k).put("correct", c.correct()).put("total", c.total());
      if (c.accuracy() == null) {
        n.putNull("accuracy");
      } else {
        n.put("accuracy", c.accuracy());
      }
    });
    return root;
  }

  private static double precision(Tally.FieldCount c) {
    return c.pred() == 0 ? 0 : (double) c.matched() / c.pred();
  }

  private static double recall(Tally.FieldCount c) {
    return c.gold() == 0 ? 0 : (double) c.matched() / c.gold();
  }

  private static String fmt2(double v) {
    return fmt(v, 2);
  }

  /** Rounds the exact binary value half-to-even, as Python's format does (Java's %f rounds half up). */
  private static String fmt(double v, int digits) {
    return new java.math.BigDecimal(v).setScale(digits, java.math.RoundingMode.HALF_EVEN).toPlainString();
  }
}
