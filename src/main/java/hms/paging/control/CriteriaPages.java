package hms.paging.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;

/** One page of a filtered entity query and the count that goes with it, for every repository. */
public final class CriteriaPages {
  /** The filter: predicates over the entity's root. */
  public interface Where<T> {
    Predicate[] apply(CriteriaBuilder cb, Root<T> root);
  }

  /** The order of the page; end it with a unique attribute so that pages are stable. */
  public interface OrderBy<T> {
    List<Order> apply(CriteriaBuilder cb, Root<T> root);
  }

  private CriteriaPages() {}

  public static <T> List<T> page(
      EntityManager em, Class<T> type, Where<T> where, OrderBy<T> order, int offset, int size) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<T> query = cb.createQuery(type);
    Root<T> root = query.from(type);
    query.where(where.apply(cb, root)).orderBy(order.apply(cb, root));
    return em.createQuery(query).setFirstResult(offset).setMaxResults(size).getResultList();
  }

  public static <T> long count(EntityManager em, Class<T> type, Where<T> where) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<T> root = query.from(type);
    query.select(cb.count(root)).where(where.apply(cb, root));
    return em.createQuery(query).getSingleResult();
  }
}
