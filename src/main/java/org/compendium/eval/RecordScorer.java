package org.compendium.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Scores one predicted record against its gold record by the rules of ANNOTATION.md "Scoring" (the same
 * rules as {@code eval/score.py}): per field lenient F1 ({@code key}) and strict F1 ({@code key!}), date
 * accuracy, and the lenient and overall means; corpus counts go to a {@link Tally}.
 */
final class RecordScorer {
  static final List<String> F1_FIELDS =
      List.of("countries", "participants", "statements", "instruments", "commitments", "places", "temporals");

  /** One attribute compared over matched pairs; {@code strict} ones must be equal for a strict match. */
  private record Attr(String name, Function<JsonNode, Object> gold, Function<JsonNode, Object> pred,
      BiPredicate<JsonNode, JsonNode> applies, boolean strict) {}

  private final Tally tally;

  RecordScorer(Tally tally) {
    this.tally = tally;
  }

  Map<String, Double> score(JsonNode gold, JsonNode pred) {
    Map<String, Double> out = new LinkedHashMap<>();
    double date = java.util.Objects.equals(str(gold, "date"), str(pred, "date")) ? 1.0 : 0.0;
    out.put("date", date);
    tally.attr("date", (int) date, 1);
    if (str(gold, "kind") != null) {
      tally.attr("kind", java.util.Objects.equals(str(gold, "kind"), str(pred, "kind")) ? 1 : 0, 1);
    }

    List<JsonNode> gc = distinctSorted(list(gold, "countries"), JsonNode::isTextual);
    List<JsonNode> pc = distinctSorted(list(pred, "countries"), JsonNode::isTextual);
    field(out, "countries", gc, pc, (g, p) -> g.asText().equals(p.asText()), List.of());

    field(out, "participants", list(gold, "participants"), list(pred, "participants"),
        (g, p) -> Matchers.name(str(g, "name"), str(p, "name")),
        List.of(
            new Attr("role", g -> Text.norm(str(g, "role")), p -> Text.norm(str(p, "role")),
                (g, p) -> str(g, "role") != null, false),
            new Attr("country", g -> str(g, "country"), p -> str(p, "country"),
                (g, p) -> str(g, "country") != null, true)));

    field(out, "statements", list(gold, "statements"), list(pred, "statements"),
        (g, p) -> Matchers.speaker(str(g, "speaker"), str(p, "speaker"))
            && Matchers.covers(str(g, "quote"), str(p, "text")),
        List.of(new Attr("act", g -> Text.norm(str(g, "act")), p -> Text.norm(str(p, "act")),
            (g, p) -> str(g, "act") != null, true)));

    field(out, "instruments", list(gold, "instruments"), list(pred, "instruments"),
        (g, p) -> Matchers.instrument(str(g, "name"), str(p, "name")),
        List.of(
            new Attr("year", g -> number(g, "year"), p -> number(p, "year"),
                (g, p) -> number(g, "year") != null, true),
            new Attr("relation", g -> str(g, "relation"), p -> str(p, "relation"),
                (g, p) -> str(g, "relation") != null, true)));

    field(out, "commitments", list(gold, "commitments"), list(pred, "commitments"),
        (g, p) -> Matchers.covers(str(g, "quote"), str(p, "text")),
        List.of(new Attr("due", g -> rawText(g, "due"), p -> rawText(p, "due"),
            (g, p) -> rawText(g, "due") != null || rawText(p, "due") != null, true)));

    field(out, "places", placeNames(gold), placeNames(pred), (g, p) -> g.asText().equals(p.asText()), List.of());

    field(out, "temporals", list(gold, "temporals"), list(pred, "temporals"),
        (g, p) -> Matchers.temporal(str(g, "text"), str(p, "text")),
        List.of(new Attr("value", g -> rawText(g, "value"), p -> rawText(p, "value"), (g, p) -> true, true)));

    // Summed in the reference scorer's order so that rounding agrees to the last digit.
    double lenient = 0;
    double strict = 0;
    for (String k : F1_FIELDS) {
      lenient += out.get(k);
      strict += out.get(k + "!");
    }
    out.put("lenient", (lenient + date) / (F1_FIELDS.size() + 1));
    out.put("overall", (strict + date) / (F1_FIELDS.size() + 1));
    return out;
  }

  private void field(Map<String, Double> out, String key, List<JsonNode> gold, List<JsonNode> pred,
      BiPredicate<JsonNode, JsonNode> same, List<Attr> attrs) {
    List<JsonNode[]> pairs = match(gold, pred, same);
    out.put(key, Tally.f1(gold.size(), pred.size(), pairs.size()));
    tally.add(key, gold.size(), pred.size(), pairs.size());
    int exact = 0;
    for (JsonNode[] pair : pairs) {
      boolean ok = attrs.stream()
          .filter(a -> a.strict() && a.applies().test(pair[0], pair[1]))
          .allMatch(a -> java.util.Objects.equals(a.gold().apply(pair[0]), a.pred().apply(pair[1])));
      exact += ok ? 1 : 0;
    }
    out.put(key + "!", Tally.f1(gold.size(), pred.size(), exact));
    tally.add(key + "!", gold.size(), pred.size(), exact);
    for (Attr a : attrs) {
      int total = 0;
      int correct = 0;
      for (JsonNode[] pair : pairs) {
        if (a.applies().test(pair[0], pair[1])) {
          total++;
          correct += java.util.Objects.equals(a.gold().apply(pair[0]), a.pred().apply(pair[1])) ? 1 : 0;
        }
      }
      tally.attr(key + "." + a.name(), correct, total);
    }
  }

  /** Greedy one-to-one matching in gold order, as the reference scorer does. */
  private static List<JsonNode[]> match(List<JsonNode> gold, List<JsonNode> pred, BiPredicate<JsonNode, JsonNode> same) {
    Set<Integer> used = new HashSet<>();
    List<JsonNode[]> pairs = new ArrayList<>();
    for (JsonNode g : gold) {
      for (int j = 0; j < pred.size(); j++) {
        if (!used.contains(j) && same.test(g, pred.get(j))) {
          used.add(j);
          pairs.add(new JsonNode[] {g, pred.get(j)});
          break;
        }
      }
    }
    return pairs;
  }

  private static List<JsonNode> list(JsonNode record, String key) {
    JsonNode n = record.get(key);
    List<JsonNode> out = new ArrayList<>();
    if (n != null && n.isArray()) {
      n.forEach(out::add);
    }
    return out;
  }

  private static List<JsonNode> distinctSorted(List<JsonNode> items, Predicate<JsonNode> keep) {
    TreeSet<String> s = new TreeSet<>();
    items.stream().filter(keep).forEach(n -> s.add(n.asText()));
    return s.stream().map(t -> (JsonNode) com.fasterxml.jackson.databind.node.TextNode.valueOf(t)).toList();
  }

  private static List<JsonNode> placeNames(JsonNode record) {
    TreeSet<String> s = new TreeSet<>();
    for (JsonNode p : list(record, "places")) {
      if (p.isObject()) {
        String n = Text.norm(str(p, "name"));
        if (!n.isEmpty()) {
          s.add(n);
        }
      }
    }
    return s.stream().map(t -> (JsonNode) com.fasterxml.jackson.databind.node.TextNode.valueOf(t)).toList();
  }

  /** A string field, with "" and null read as absent (Python's {@code x or None}). */
  private static String str(JsonNode n, String key) {
    JsonNode v = n == null ? null : n.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    String s = v.isTextual() ? v.asText() : v.toString();
    return s.isEmpty() ? null : s;
  }

  /** A field compared by value as JSON (null and absent alike), for due and value. */
  private static Object rawText(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.isTextual() ? v.asText() : v.toString();
  }

  private static Object number(JsonNode n, String key) {
    JsonNode v = n.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    return v.isNumber() ? (Object) v.doubleValue() : v.toString();
  }
}
