package org.compendium.serve.web;

import java.util.List;
import org.compendium.model.Record;
import org.compendium.serve.Uploads;
import org.jsoup.nodes.Element;

/**
 * The upload page: a form to send a file (text, HTML, TEI); "Preview" shows its extraction without storing it,
 * "Keep in archive" stores it (which needs an API token, typed into the form).
 */
public final class UploadPage {
  private UploadPage() {}

  public static String form() {
    Html h = Html.page("Upload", "/upload");
    Html.el(h.main(), "h1", null, "Upload a record");
    form(h.main());
    return h.render();
  }

  static void form(Element main) {
    Html.el(main, "p", null, "Send a plain-text, HTML or TEI XML file. Preview shows what is extracted; keeping it "
        + "stores it in the archive and needs an API token (create one with 'compendium token create').");
    Element form = main.appendElement("form").attr("method", "post").attr("action", "/upload")
        .attr("enctype", "multipart/form-data").addClass("upload");
    Element f = form.appendElement("p");
    f.appendElement("label").attr("for", "file").text("File");
    f.appendElement("input").attr("type", "file").attr("name", "file").id("file").attr("required", "")
        .attr("accept", ".txt,.text,.html,.htm,.xhtml,.xml,.tei,text/plain,text/html,application/xml");
    Element t = form.appendElement("p");
    t.appendElement("label").attr("for", "token").text("API token (to keep)");
    t.appendElement("input").attr("type", "password").attr("name", "token").id("token")
        .attr("autocomplete", "off");
    Element b = form.appendElement("p").addClass("buttons");
    b.appendElement("button").attr("type", "submit").attr("name", "action").attr("value", "preview").text("Preview");
    b.appendText(" ");
    b.appendElement("button").attr("type", "submit").attr("name", "action").attr("value", "keep")
        .text("Keep in archive");
  }

  public static String preview(String file, List<Record> records) {
    Html h = Html.page("Preview", "/upload");
    Html.el(h.main(), "h1", null, "Preview of " + file);
    Html.el(h.main(), "p", "notice", "Not stored yet: " + (records.size() == 1 ? "1 record" : records.size()
        + " records") + " extracted. Send the file again with 'Keep in archive' to store it.");
    for (Record r : records) {
      Element art = h.main().appendElement("article").addClass("record-page");
      RecordPage.header(art, r);
      RecordPage.body(art, r, null);
    }
    form(h.main());
    return h.render();
  }

  public static String kept(String file, List<Uploads.Kept> kept) {
    Html h = Html.page("Stored", "/upload");
    Html.el(h.main(), "h1", null, "Stored " + file);
    Element ul = h.main().appendElement("ul").addClass("kept");
    for (Uploads.Kept k : kept) {
      Element li = ul.appendElement("li");
      Html.link(li, Urls.record(k.id()), k.title());
      Html.el(li, "span", "muted", " " + k.stored());
    }
    form(h.main());
    return h.render();
  }
}
