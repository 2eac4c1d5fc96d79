package hms.patients.control;

import hms.paging.control.CriteriaPages;
import hms.patients.entity.Patient;
import hms.patients.entity.SearchText;
import hms.tenancy.control.TenantEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The request tenant's patients, in its own schema. */
@ApplicationScoped
public class PatientRepository {
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

  public List<Patient> search(PatientSearch search, int offset, int size) {
    return CriteriaPages.page(
        tenantEm.current(),
        Patient.class,
        (cb, p) -> where(cb, p, search),
        (cb, p) -> {
          var sortBy = p.get(PatientSearch.SORTABLE.get(search.sortField()));
          // The id breaks ties in the same direction, so one index (column, id) serves both.
          return search.ascending()
              ? List.of(cb.asc(sortBy), cb.asc(p.get("id")))
              : List.of(cb.desc(sortBy), cb.desc(p.get("id")));
        },
        offset,
        size);
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
    return CriteriaPages.count(tenantEm.current(), Patient.class, (cb, p) -> where(cb, p, search));
  }

  /** The next chunk in id order after {@code afterId}, for exports in bounded memory. */
  public List<Patient> chunk(PatientSearch search, String afterId, int size) {
    EntityManager em = tenantEm.current();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Patient> query = cb.createQuery(Patient.class);
    Root<Patient> p = query.from(Patient.class);
    List<Predicate> where = new ArrayList<>(List.of(where(cb, p, search)));
    if (afterId != null) {
      where.add(cb.greaterThan(p.get("id"), afterId));
    }
    query.where(where.toArray(Predicate[]::new)).orderBy(cb.asc(p.get("id")));
    List<Patient> chunk = em.createQuery(query).setMaxResults(size).getResultList();
    em.clear();
    return chunk;
  }

  private static Predicate[] where(CriteriaBuilder cb, Root<Patient> p, PatientSearch s) {
    List<Predicate> where = new ArrayList<>();
    if (s.q() != null && !s.q().isBlank()) {
      String prefix = escape(SearchText.of(s.q())) + "%";
      List<Predicate> any = new ArrayList<>();
      any.add(cb.equal(p.get("mrn"), s.q().strip()));
      any.add(cb.like(p.get("searchFamily"), prefix, '\\'));
      any.add(cb.like(p.get("searchGiven"), prefix, '\\'));
      any.add(cb.like(p.get("searchEmail"), prefix, '\\'));
      String digits = SearchText.digits(s.q());
      if (digits.length() >= 3) {
        any.add(cb.like(p.get("searchPhone"), digits + "%"));
      }
      where.add(cb.or(any.toArray(Predicate[]::new)));
    }
    if (s.status() != null) {
      where.add(cb.equal(p.get("status"), s.status()));
    }
    if (s.sex() != null) {
      where.add(cb.equal(p.get("sex"), s.sex()));
    }
    if (s.bornAfter() != null) {
      where.add(cb.greaterThan(p.get("dateOfBirth"), s.bornAfter()));
    }
    if (s.bornBefore() != null) {
      where.add(cb.lessThan(p.get("dateOfBirth"), s.bornBefore()));
    }
    return where.toArray(Predicate[]::new);
  }

  /** LIKE's wildcards in a client's text are literal characters. */
  static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
