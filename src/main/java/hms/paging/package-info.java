/**
 * Paged lists, the same for every feature: {@code ?page=&size=} in ({@code PageRequest}, a
 * {@code @BeanParam}), {@code {items, page, size, totalItems, totalPages}} out ({@code Page}).
 * Pages count from 0 and hold at most 100 items, so no request can ask for an unbounded list.
 * {@code CriteriaPages} runs a repository's filtered page and its count, so each repository only
 * states its filter and order (ending with a unique attribute, for stable pages). EclipseLink
 * translates a criteria query on every request, while it prepares a JPQL string once per tenant
 * factory: the patient list, the hot one (docs/benchmarks.md), builds JPQL text with {@code Where}
 * (named parameters only, so the strings are as few as the filter combinations); the other lists
 * keep {@code CriteriaPages} until a measurement says they matter.
 */
package hms.paging;
