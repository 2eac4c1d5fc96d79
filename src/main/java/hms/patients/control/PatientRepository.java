package hms.patients.control;

import hms.paging.control.Where;
import hms.patients.entity.Patient;
import hms.patients.entity.SearchText;
import hms.tenancy.control.TenantEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The request tenant's patients, in its own schema. */
@ApplicationScoped
public class PatientRepository {
  /** EclipseLink's query hint for results that are read, never changed. */
  private static final String READ_ONLY = "eclipselink.read-only";

  private final TenantEntityManagers tenantEm;

  /** For the CDI proxy only. */
  protected PatientRepository() {
    this(null);
  }

  @Inject
  public PatientRepository(TenantEntityManagers tenantEm) {
    this.tenantEm = tenantEm;
  }

  public Optional<Patient> find(UUID id) {
    return Optional.ofNullable(tenantEm.current().find(Patient.class, id.toString()));
  }

  /** A patient's id, MRN and names: what another feature's list shows of them. */
  public record Label(UUID id, String mrn, String givenName, String familyName) {
    static Label of(Patient p) {
      return new Label(p.id(), p.mrn(), p.data().givenName(), p.data().familyName());
    }
  }

  /**
   * The labels of the patients with these ids, in one query of four columns (no entity is built); a
   * single id through {@link #find}, which answers from the request's persistence context when the
   * use case has read that patient already.
   */
  public List<Label> labels(Collection<UUID> ids) {
    Set<String> distinct = ids.stream().map(UUID::toString).collect(Collectors.toSet());
    if (distinct.size() <= 1) {
      return distinct.stream()
          .flatMap(id -> find(UUID.fromString(id)).stream())
          .map(Label::of)
          .toList();
    }
    return tenantEm
        .current()
        .createQuery(
            "SELECT p.id, p.mrn, p.givenName, p.familyName FROM Patient p WHERE p.id IN :ids",
            Object[].class)
        .setParameter("ids", distinct)
        .getResultList()
        .stream()
        .map(
            row ->
                new Label(
                    UUID.fromString((String) row[0]),
                    (String) row[1],
                    (String) row[2],
                    (String) row[3]))
        .toList();
  }

  public boolean mrnTaken(String mrn) {
    return !tenantEm
        .current()
        .createQuery("SELECT p.id FROM Patient p WHERE p.mrn = :mrn", String.class)
        .setParameter("mrn", mrn)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The next readable medical record number, P-000001 and up, from the tenant's sequence. */
  public String nextMrn() {
    Number next =
        (Number)
            tenantEm
                .current()
                .createNativeQuery(
                    "SELECT nextval('" + tenantEm.qualified("patient_mrn_seq") + "')")
                .getSingleResult();
    return String.format("P-%06d", next.longValue());
  }

  public void add(Patient patient) {
    tenantEm.current().persist(patient);
  }

  /**
   * Writes pending changes now, inside the use case, so that a concurrent update surfaces as an
   * OptimisticLockException (412) rather than as a failed commit.
   */
  public void flush() {
    tenantEm.current().flush();
  }

  /**
   * One page in the search's order. JPQL text, not the Criteria API: EclipseLink keeps a parsed,
   * prepared query per distinct JPQL string in the tenant's factory, where a criteria query is
   * translated again on every request (a fifth of a list page's time). Read-only: the page is only
   * mapped to the response, so EclipseLink builds each row once instead of registering a working
   * copy and a backup of it for change tracking.
   */
  public List<Patient> search(PatientSearch search, int offset, int size) {
    Where where = where(search);
    String sortBy = PatientSearch.SORTABLE.get(search.sortField());
    // The id breaks ties in the same direction, so one index (column, id) serves both.
    String direction = search.ascending() ? "ASC" : "DESC";
    TypedQuery<Patient> query =
        tenantEm
            .current()
            .createQuery(
                "SELECT p FROM Patient p"
                    + where.clause()
                    + " ORDER BY p."
                    + sortBy
                    + " "
                    + direction
                    + ", p.id "
                    + direction,
                Patient.class);
    return where
        .bind(query)
        .setHint(READ_ONLY, true)
        .setFirstResult(offset)
        .setMaxResults(size)
        .getResultList();
  }

  /**
   * How many patients match: from the per-status counters (tenant migration V6) when at most the
   * status filters, else counted.
   */
  public long count(PatientSearch search) {
    if (search.filtersOnlyByStatus()) {
      String sql = "SELECT COALESCE(SUM(n), 0) FROM " + tenantEm.qualified("patient_counts");
      var query =
          search.status() == null
              ? tenantEm.current().createNativeQuery(sql)
              : tenantEm
                  .current()
                  .createNativeQuery(sql + " WHERE status = ?1")
                  .setParameter(1, search.status().name());
      return ((Number) query.getSingleResult()).longValue();
    }
    Where where = where(search);
    return where
        .bind(
            tenantEm
                .current()
                .createQuery("SELECT COUNT(p) FROM Patient p" + where.clause(), Long.class))
        .getSingleResult();
  }

  /** The next chunk in id order after {@code afterId}, for exports in bounded memory. */
  public List<Patient> chunk(PatientSearch search, String afterId, int size) {
    Where where = where(search);
    if (afterId != null) {
      where.and("p.id > :afterId", "afterId", afterId);
    }
    EntityManager em = tenantEm.current();
    List<Patient> chunk =
        where
            .bind(
                em.createQuery(
                    "SELECT p FROM Patient p" + where.clause() + " ORDER BY p.id", Patient.class))
            .setHint(READ_ONLY, true)
            .setMaxResults(size)
            .getResultList();
    em.clear();
    return chunk;
  }

  private static Where where(PatientSearch s) {
    Where where = new Where();
    if (s.q() != null && !s.q().isBlank()) {
      String any =
          "p.mrn = :mrn OR p.searchFamily LIKE :prefix ESCAPE '\\'"
              + " OR p.searchGiven LIKE :prefix ESCAPE '\\'"
              + " OR p.searchEmail LIKE :prefix ESCAPE '\\'";
      String digits = SearchText.digits(s.q());
      if (digits.length() >= 3) {
        any += " OR p.searchPhone LIKE :digits";
        where.parameter("digits", digits + "%");
      }
      where.and("(" + any + ")", "mrn", s.q().strip());
      where.parameter("prefix", escape(SearchText.of(s.q())) + "%");
    }
    if (s.status() != null) {
      where.and("p.status = :status", "status", s.status());
    }
    if (s.sex() != null) {
      where.and("p.sex = :sex", "sex", s.sex());
    }
    if (s.bornAfter() != null) {
      where.and("p.dateOfBirth > :bornAfter", "bornAfter", s.bornAfter());
    }
    if (s.bornBefore() != null) {
      where.and("p.dateOfBirth < :bornBefore", "bornBefore", s.bornBefore());
    }
    return where;
  }

  /** LIKE's wildcards in a client's text are literal characters. */
  static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
