package org.compendium.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
  private final HtmlReader reader = new HtmlReader();

  private SourceDocument read(String html) throws ReadException {
    List<SourceDocument> docs = Fixtures.read(reader, html.getBytes(StandardCharsets.UTF_8));
    assertEquals(1, docs.size());
    return docs.get(0);
  }

  private static Markup title(SourceDocument d) {
    return d.markup().stream().filter(m -> m.type() == Markup.Type.TITLE).findFirst().orElseThrow();
  }

  @Test
  void keepsContentAndDropsChrome() throws ReadException {
    SourceDocument d = Fixtures.read(reader, Fixtures.bytes(Fixtures.INGEST.resolve("page-main.html"))).get(0);
    String t = d.text();
    assertEquals("html", d.source().format());
    assertTrue(t.startsWith("Talks between the Foreign Ministers of Arland and Belmar\n\nMarch 3, 2011\n\n"), t);
    assertTrue(t.contains("held talks\nwith the Foreign Minister of Belmar."), t);
    assertTrue(t.contains("The two ministers confirmed the following points:\n\n"
        + "1. They will hold a summit within the year.\n"
        + "2. They will expand trade and investment between the two countries."), t);
    assertTrue(t.contains("Both sides"), t);
    for (String chrome : List.of("Skip to", "Home", "Policy", "View settings", "Larger text", "Share", "Print",
        "Back to Index", "Page top", "Related", "Other talks", "Copyright", "Enable JavaScript", "Go")) {
      assertFalse(t.contains(chrome), chrome + " kept in:\n" + t);
    }
    Markup title = title(d);
    assertEquals("Talks between the Foreign Ministers of Arland and Belmar", title.value());
    assertEquals(title.value(), title.span().of(t));
    Markup date = d.markup().stream().filter(m -> m.type() == Markup.Type.DATE).findFirst().orElseThrow();
    assertEquals("2011-03-03T10:00:00+09:00", date.value());
    assertEquals("March 3, 2011", date.span().of(t));
  }

  @Test
  void titleValueIsOneLineAndTimeWithoutIsoValueIsNoDate() throws ReadException {
    SourceDocument d = read("<body><h1>Summit<br>Meeting</h1><p><time datetime=\"soon\">Later</time> text.</p></body>");
    assertEquals("Summit\nMeeting\n\nLater text.", d.text());
    assertEquals("Summit Meeting", title(d).value());
    assertEquals(1, d.markup().size());
  }

  @Test
  void scriptsHandlersAndJavascriptLinksNeverReachTheText() throws ReadException {
    String t = Fixtures.read(reader, Fixtures.bytes(Fixtures.INGEST.resolve("page-main.html"))).get(0).text();
    for (String bad : List.of("TRACKER", "INJECTED", "ONLOAD", "INLINE-SCRIPT", "JS-LINK", "javascript", "steal",
        "SEARCH-BOX", "font-family", "<", ">")) {
      assertFalse(t.contains(bad), bad + " in:\n" + t);
    }
  }

  @Test
  void oldTablePageWithDeclaredLegacyCharset() throws ReadException {
    SourceDocument d = Fixtures.read(reader, Fixtures.bytes(Fixtures.INGEST.resolve("page-old.html"))).get(0);
    String t = d.text();
    assertTrue(t.startsWith("Joint Press Statement\n\n"), t);  // no h1: the <title> leads the text
    assertEquals("Joint Press Statement", title(d).span().of(t));
    assertTrue(t.contains("1. The President of Carpania paid an official visit (the President\u2019s first)"), t);
    assertTrue(t.contains("2. The two leaders agreed to establish a joint committee.\n\nEnergy\nFisheries"), t);
    for (String chrome : List.of("Home", "Sitemap", "Regions", "To the top", "\u00a9")) {
      assertFalse(t.contains(chrome), chrome + " kept in:\n" + t);
    }
  }

  @Test
  void orderedListsHonourStartAndValue() throws ReadException {
    String t = read("<html><body><ol start=\"3\"><li>Third point</li><li>Fourth point</li>"
        + "<li value=\"9\">Ninth point<ol><li>Nested one</li></ol></li></ol></body></html>").text();
    assertEquals("3. Third point\n4. Fourth point\n9. Ninth point\n\n  1. Nested one", t);
  }

  @Test
  void articleIsPreferredAndHeadingsAreSeparatedByBlankLines() throws ReadException {
    String t = read("<html><body><div class=\"sidebar\"><p>Latest news from elsewhere in the ministry</p></div>"
        + "<article><h1>Summit meeting</h1><h2>Overview</h2><p>The leaders met.</p><p>They talked.</p></article>"
        + "<div><p>Unrelated text outside the article</p></div></body></html>").text();
    assertEquals("Summit meeting\n\nOverview\n\nThe leaders met.\n\nThey talked.", t);
  }

  @Test
  void headingOutsideTheContentBlockIsTheTitleButALogoIsNot() throws ReadException {
    SourceDocument d = read("<html><head><title>Site name</title></head><body>"
        + "<div id=\"header\"><h1><a href=\"/\"><img src=\"logo.png\" alt=\"Site\"></a></h1></div>"
        + "<div class=\"title-area\"><h1>Visit of the Prime Minister</h1></div>"
        + "<div id=\"contents\"><p>The Prime Minister arrived on Monday and met the King.</p></div></body></html>");
    assertEquals("Visit of the Prime Minister\n\nThe Prime Minister arrived on Monday and met the King.", d.text());
    assertEquals("Visit of the Prime Minister", title(d).value());
  }

  @Test
  void titleElementLosesItsSiteName() throws ReadException {
    assertEquals("Talks on fisheries", HtmlReader.titleOf("Talks on fisheries | Ministry of Example Affairs"));
    assertEquals("Talks on fisheries between the two", HtmlReader.titleOf("News \u2022 Talks on fisheries between the two"));
    assertEquals("Japan-Korea talks", HtmlReader.titleOf("Japan-Korea talks"));
    SourceDocument d = read("<html><head><title>Talks on fisheries | Ministry</title></head>"
        + "<body><p>The ministers met.</p></body></html>");
    assertEquals("Talks on fisheries\n\nThe ministers met.", d.text());
  }

  @Test
  void aSmallElementNamedLikeContentIsNotTheRoot() throws ReadException {
    String t = read("<body><ul class=\"menu-list\"><li><span class=\"text\">Home</span></li></ul>"
        + "<div><p>The delegations agreed on a schedule of consultations for the coming year.</p>"
        + "<p>Both welcomed the result.</p></div></body>").text();
    assertEquals("The delegations agreed on a schedule of consultations for the coming year.\n\nBoth welcomed the result.", t);
  }

  @Test
  void preformattedTextKeepsItsLines() throws ReadException {
    assertEquals("Intro\n\nline  one\nline two", read("<body><p>Intro</p><pre>line  one\nline two</pre></body>").text());
  }

  @Test
  void pageWithoutTextFails() {
    ReadException e = assertThrows(ReadException.class,
        () -> read("<html><body><nav><a href=\"/\">Home</a></nav><script>x()</script></body></html>"));
    assertTrue(e.getMessage().contains("no text"), e.getMessage());
  }

  @Test
  void hundredThousandLevelsDeepNeitherCrashesNorHangs() {
    int depth = 100_000;
    StringBuilder sb = new StringBuilder("<html><body>");
    sb.append("<div>".repeat(depth)).append("<p>Deep text</p>").append("</div>".repeat(depth));
    sb.append("<p>After</p></body></html>");
    String html = sb.toString();
    SourceDocument d = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> read(html));
    assertTrue(d.text().contains("Deep text"), d.text().substring(0, Math.min(200, d.text().length())));
    String unclosed = "<html><body>" + "<span><b>".repeat(depth / 2) + "Unclosed";
    SourceDocument u = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> read(unclosed));
    assertTrue(u.text().contains("Unclosed"));
  }

  @Test
  void sniffsMarkupNearTheStart() {
    assertTrue(reader.sniff("<!DOCTYPE html><p>x".getBytes(StandardCharsets.UTF_8)));
    assertTrue(reader.sniff("\n  <!-- saved --> <HTML lang=en>".getBytes(StandardCharsets.UTF_8)));
    assertTrue(reader.sniff("\uFEFF<head><title>x</title>".getBytes(StandardCharsets.UTF_8)));
    assertFalse(reader.sniff("The talks were held. <html> is mentioned later.".getBytes(StandardCharsets.UTF_8)));
    assertTrue(reader.claimsExtension("page.HTM"));
    assertFalse(reader.claimsExtension("page.txt"));
  }
}
