package org.compendium.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.compendium.model.Record;
import org.compendium.query.RecordExport;
import org.compendium.query.RecordSelection;
import org.compendium.resolve.Countries;
import org.compendium.store.ApiTokens;
import org.compendium.store.Archive;
import org.compendium.store.Browse;
import org.compendium.store.index.SearchRequest;
import org.compendium.store.index.SearchResult;
import org.compendium.store.link.Instruments;
import org.compendium.store.link.People;
import org.compendium.track.CommitmentQuery;
import org.compendium.track.CommitmentService;
import org.compendium.track.CommitmentStatus;
import org.compendium.track.TrackedCommitment;
import java.time.LocalDate;

/**
 * What the API and the pages ask of the archive, in one place, so handlers stay thin: search with paging,
 * records, the overview, and the store's parts for the services that need them. Owns the open archive, the
 * read connection and the token table for the life of the server.
 */
public final class ArchiveService implements AutoCloseable {
  private final Path dir;
  private final Archive archive;
  private final Browse browse;
  private final ApiTokens tokens;
  private final Countries countries = Countries.load();
  private final People people;
  private final Instruments instruments;
  private final CommitmentService commitments;

  private ArchiveService(Path dir, Archive archive, Browse browse, ApiTokens tokens) {
    this.dir = dir;
    this.archive = archive;
    this.browse = browse;
    this.tokens = tokens;
    this.people = new People(archive.records());
    this.instruments = new Instruments(archive.records());
    this.commitments = new CommitmentService(archive.records());
  }

  public static ArchiveService open(Path dir) {
    Archive archive = Archive.open(dir, "serve");
    try {
      Browse browse = Browse.open(dir);
      try {
        return new ArchiveService(dir, archive, browse, ApiTokens.open(dir));
      } catch (RuntimeException e) {
        browse.close();
        throw e;
      }
    } catch (RuntimeException e) {
      archive.close();
      throw e;
    }
  }

  /** A page of search results: the query, total matches, this page's hits and the facet counts. */
  public record SearchPage(SearchQuery query, long total, List<SearchResult.Hit> hits,
      Map<String, List<SearchResult.FacetCount>> facets, boolean facetsEstimated) {
    public int pages() {
      return (int) Math.min((total + query.size() - 1) / query.size(), SearchQuery.MAX_DEPTH / query.size());
    }
  }

  public SearchPage search(SearchQuery q) {
    SearchResult r = archive.search(request(q, q.page() * q.size(), (q.page() - 1) * q.size()));  // this page's hits
    return new SearchPage(q, r.total(), r.hits(), r.facets(), r.facetsEstimated());
  }

  /** The search a query asks for: its filters, a year as a from/to range, countries by code. */
  private SearchRequest request(SearchQuery q, int limit, int offset) {
    String from = q.year() != null ? q.year() : q.from();
    String to = q.year() != null ? q.year() : q.to();
    return new SearchRequest(q.q(), countryCodes(q.countries()), blankToNull(q.person()),
        blankToNull(q.instrument()), blankToNull(q.topic()), blankToNull(q.kind()), blankToNull(from),
        blankToNull(to), limit, offset);
  }

  /** A stored record with whether it is current and the ids of all versions of its source. */
  public record RecordInfo(Record record, boolean current, List<String> versions) {}

  public RecordInfo record(String id) {
    Optional<Record> r = archive.records().get(id);
    if (r.isEmpty()) {
      throw ApiException.notFound("no record " + id);
    }
    return new RecordInfo(r.get(), archive.records().isCurrent(id), archive.records().versions(id));
  }

  public Optional<Record> find(String id) {
    return archive.records().get(id);
  }

  /**
   * The records a query selects, resolved for export (all current records when it sets nothing; see
   * {@link RecordExport}). IllegalArgumentException (a 400) for a bad query or date.
   */
  public RecordExport.Selected exportable(SearchQuery q) {
    SearchRequest r = request(q, 1, 0);
    return new RecordExport(archive).select(new RecordSelection(r.query(), r.countries(), r.person(),
        r.instrument(), r.topic(), r.kind(), r.from(), r.to()));
  }

  /** Most entries a timeline shows: it is drawn and listed whole. */
  public static final int TIMELINE_MAX = 2000;

  /**
   * Current records matching a search, in date order (undated last), at most {@link #TIMELINE_MAX}: the
   * timeline's entries. Unfiltered, straight from the database by date; filtered, the best-ranked matches.
   */
  public List<SearchResult.Hit> dated(SearchQuery q) {
    if ((q.q() == null || q.q().isBlank()) && !q.filtered()) {
      return browse.byDate(TIMELINE_MAX).stream()
          .map(s -> new SearchResult.Hit(s.id(), s.title(), s.date(), 0f, "")).toList();
    }
    SearchResult r = archive.search(request(q, TIMELINE_MAX, 0));
    List<SearchResult.Hit> hits = new ArrayList<>(r.hits());
    hits.sort((a, b) -> {
      if (a.date() == null || b.date() == null) {
        return a.date() == null ? (b.date() == null ? a.id().compareTo(b.id()) : 1) : -1;
      }
      int c = a.date().compareTo(b.date());
      return c != 0 ? c : a.id().compareTo(b.id());
    });
    return hits;
  }

  List<String> countryCodes(List<String> given) {
    return given.stream()
        .filter(c -> c != null && !c.isBlank())
        .map(c -> countries.byCode(c.strip().toUpperCase(Locale.ROOT))
            .or(() -> countries.byNameOrAdjective(c.strip()))
            .map(Countries.Country::code)
            .orElse(c.strip()))
        .toList();
  }

  /** Canonical people across records (the linking service). */
  public People people() {
    return people;
  }

  /** Instrument registry entries, citation histories and graphs (the linking service). */
  public Instruments instruments() {
    return instruments;
  }

  /** Commitments with their status as of a day (the tracking service). */
  public CommitmentService commitments() {
    return commitments;
  }

  /** One person's profile; 404 if there is no such person. */
  public People.Profile person(String id) {
    return people.profile(id).orElseThrow(() -> ApiException.notFound("no person " + id));
  }

  /** One instrument's profile; 404 if no current record mentions such an entry. */
  public Instruments.Profile instrument(String id) {
    return instruments.profile(id).orElseThrow(() -> ApiException.notFound("no instrument " + id));
  }

  /** The commitments a query selects, parties given as codes, names or adjectives. */
  public List<TrackedCommitment> commitments(CommitmentStatus status, List<String> parties, LocalDate dueBefore,
      LocalDate asOf, int offset, int limit) {
    return commitments.list(new CommitmentQuery(status, countryCodes(parties), dueBefore, asOf, offset, limit));
  }

  public Countries countries() {
    return countries;
  }

  public Browse browse() {
    return browse;
  }

  public Archive archive() {
    return archive;
  }

  public ApiTokens tokens() {
    return tokens;
  }

  public Path dir() {
    return dir;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @Override
  public void close() {
    try {
      tokens.close();
    } finally {
      try {
        browse.close();
      } finally {
        archive.close();
      }
    }
  }
}
