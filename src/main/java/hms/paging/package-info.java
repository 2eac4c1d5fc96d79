/**
 * Paged lists, the same for every feature: {@code ?page=&size=} in ({@code PageRequest}, a
 * {@code @BeanParam}), {@code {items, page, size, totalItems, totalPages}} out ({@code Page}).
 * Pages count from 0 and hold at most 100 items, so no request can ask for an unbounded list. Every
 * repository builds its list as JPQL text with {@code Where}: it states its conditions (named
 * parameters only, so the strings are as few as the filter combinations) and its order (ending with
 * a unique attribute, for stable pages), and {@code Where} runs the page and its count. Rejected:
 * the Criteria API (a {@code CriteriaPages} helper until issue 18), because EclipseLink translates
 * a criteria query again on every request, while it parses and prepares a JPQL string once per
 * tenant factory (a fifth of the patient list's time, docs/benchmarks.md).
 */
package hms.paging;
