package org.compendium.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ChromeFilterTest {
  private final ChromeFilter filter = new ChromeFilter();

  @Test
  void classAndIdTokensFromTheDataFile() {
    assertTrue(filter.namesChrome("global-nav"));
    assertTrue(filter.namesChrome("siteGlobalnav"));
    assertTrue(filter.namesChrome("breadcrumbList"));
    assertTrue(filter.namesChrome("page-top"));
    assertTrue(filter.namesChrome("x sidemenu"));
    assertTrue(filter.namesChrome("social_links"));
    assertTrue(filter.namesChrome("view-setting"));
    assertFalse(filter.namesChrome("article-body"));
    assertFalse(filter.namesChrome("top"));
    assertFalse(filter.namesChrome("contents"));
    assertFalse(filter.namesChrome("summary"));
  }

  @Test
  void contentRootFromContentIdsAndChromeRoles() {
    Document doc = Jsoup.parse("<body><div id=\"wrapper\"><div role=\"navigation\"><p>Menu text</p></div>"
        + "<div id=\"main-content\"><p>Body text</p><div role=\"complementary\"><p>Aside text</p></div>"
        + "<div aria-hidden=\"true\">Hidden text</div><div style=\"display: none\">Invisible</div></div></div></body>");
    Element root = filter.contentRoot(doc);
    assertEquals("main-content", root.id());
    filter.strip(root);
    assertEquals("Body text", root.text());
    Document roles = Jsoup.parse("<body><div role=\"navigation\"><p>Menu text</p></div><p>Body text</p></body>");
    Element body = filter.contentRoot(roles);
    filter.strip(body);
    assertEquals("Body text", body.text());
  }

  @Test
  void aLinkedMainHeadingIsKept() {
    Document doc = Jsoup.parse("<body><div class=\"title\"><h1><a href=\"/news/1\">Leaders meet in Hanoi</a></h1></div>"
        + "<p>The leaders met for two hours.</p></body>");
    Element root = filter.contentRoot(doc);
    filter.strip(root);
    assertEquals("Leaders meet in Hanoi The leaders met for two hours.", root.text());
  }

  @Test
  void smallBlocksAroundControlsAreWidgets() {
    Document doc = Jsoup.parse("<body><div><span>Text size</span> <button>Larger</button><button>Smaller</button></div>"
        + "<p>The foreign ministers exchanged views on regional security and agreed to meet again.</p></body>");
    Element root = filter.contentRoot(doc);
    filter.strip(root);
    assertEquals("The foreign ministers exchanged views on regional security and agreed to meet again.", root.text());
  }

  @Test
  void linkDenseBlocksGoButProseWithALinkStays() {
    Document doc = Jsoup.parse("<body><p>The ministers signed the <a href=\"/t\">treaty</a> after long talks.</p>"
        + "<div><a href=\"/a\">Previous</a> | <a href=\"/b\">Next</a></div>"
        + "<ul><li><a href=\"/1\">One</a></li><li><a href=\"/2\">Two</a></li></ul></body>");
    Element root = filter.contentRoot(doc);
    filter.strip(root);
    assertEquals("The ministers signed the treaty after long talks.", root.text());
  }
}
