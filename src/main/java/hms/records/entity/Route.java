package hms.records.entity;

/** How a prescribed medication is given. */
public enum Route {
  ORAL,
  SUBLINGUAL,
  INTRAVENOUS,
  INTRAMUSCULAR,
  SUBCUTANEOUS,
  TOPICAL,
  INHALED,
  RECTAL,
  NASAL,
  OPHTHALMIC,
  OTIC,
  TRANSDERMAL,
  OTHER
}
