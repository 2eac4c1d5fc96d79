package hms.tenancy.entity;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * When the hospital works, in its own time zone: per weekday, up to {@value #MAX_PER_DAY} opening
 * intervals at whole minutes that do not overlap (a lunch break splits a day). A day without
 * intervals is closed. Kept as text, e.g. {@code MON 08:00-12:00 13:00-17:00;TUE 08:00-17:00}.
 */
public final class WeeklyHours {
  public static final int MAX_PER_DAY = 4;
  public static final WeeklyHours DEFAULT =
      parse("MON 08:00-17:00;TUE 08:00-17:00;WED 08:00-17:00;THU 08:00-17:00;FRI 08:00-17:00");

  /** One opening interval on a weekday; closes after it opens. */
  public record Interval(DayOfWeek day, LocalTime opens, LocalTime closes) {
    public Interval {
      if (day == null || opens == null || closes == null) {
        throw new IllegalArgumentException("A day, an opening and a closing time are needed");
      }
      if (!opens.equals(opens.truncatedTo(ChronoUnit.MINUTES))
          || !closes.equals(closes.truncatedTo(ChronoUnit.MINUTES))) {
        throw new IllegalArgumentException("Times are whole minutes");
      }
      if (!opens.isBefore(closes)) {
        throw new IllegalArgumentException("An interval closes after it opens, on the same day");
      }
    }
  }

  private final Map<DayOfWeek, List<Interval>> byDay;

  private WeeklyHours(Map<DayOfWeek, List<Interval>> byDay) {
    this.byDay = byDay;
  }

  /** Checks the intervals: at most four a day, none overlapping another on its day. */
  public static WeeklyHours of(List<Interval> intervals) {
    List<Flaw> flaws =
        flaws(intervals.stream().map(i -> new Given(i.day(), i.opens(), i.closes())).toList());
    if (!flaws.isEmpty()) {
      throw new IllegalArgumentException(flaws.get(0).message());
    }
    Map<DayOfWeek, List<Interval>> byDay = new EnumMap<>(DayOfWeek.class);
    for (Interval interval : intervals) {
      byDay.computeIfAbsent(interval.day(), d -> new ArrayList<>()).add(interval);
    }
    byDay.replaceAll(
        (day, list) -> list.stream().sorted(Comparator.comparing(Interval::opens)).toList());
    return new WeeklyHours(byDay);
  }

  /** An interval as someone gave it, not yet checked: a part may be missing, or after the next. */
  public record Given(DayOfWeek day, LocalTime opens, LocalTime closes) {}

  /**
   * Why one interval of those given makes no week: its position in the list given, the part it is
   * about ({@code opens}, {@code closes}, or null for the interval as a whole) and why, in words
   * for the person who gave it.
   */
  public record Flaw(int index, String part, String message) {}

  /**
   * Every interval given that makes no week, each once, in the order given: one that does not close
   * after it opens, one that opens before an earlier one of its day closes, a fifth of its day (in
   * the order given). Null entries and those missing a part (already refused for their form) are
   * passed over. Empty when the intervals make a week.
   */
  public static List<Flaw> flaws(List<Given> given) {
    List<Flaw> flaws = new ArrayList<>();
    Map<DayOfWeek, List<Integer>> byDay = new EnumMap<>(DayOfWeek.class);
    for (int i = 0; i < given.size(); i++) {
      Given g = given.get(i);
      if (g == null || g.day() == null || g.opens() == null || g.closes() == null) {
        continue;
      }
      if (!wholeMinutes(g.opens())) {
        flaws.add(new Flaw(i, "opens", "must be whole minutes"));
      } else if (!wholeMinutes(g.closes())) {
        flaws.add(new Flaw(i, "closes", "must be whole minutes"));
      } else if (!g.opens().isBefore(g.closes())) {
        flaws.add(new Flaw(i, "closes", "must be after opens"));
      } else {
        List<Integer> onTheDay = byDay.computeIfAbsent(g.day(), d -> new ArrayList<>());
        onTheDay.add(i);
        if (onTheDay.size() > MAX_PER_DAY) {
          flaws.add(
              new Flaw(
                  i,
                  null,
                  "is one too many on "
                      + g.day()
                      + ": at most "
                      + MAX_PER_DAY
                      + " intervals a day"));
        }
      }
    }
    for (List<Integer> onTheDay : byDay.values()) {
      // In the order of the day; each interval is held against the one of those before that
      // closes last, so that 08-17 is named for both 09-10 and 11-12.
      Given last = null;
      for (int i :
          onTheDay.stream().sorted(Comparator.comparing(j -> given.get(j).opens())).toList()) {
        Given g = given.get(i);
        if (last != null && g.opens().isBefore(last.closes())) {
          flaws.add(
              new Flaw(
                  i,
                  "opens",
                  "overlaps the interval before on "
                      + g.day()
                      + " ("
                      + last.opens()
                      + "-"
                      + last.closes()
                      + ")"));
        }
        if (last == null || g.closes().isAfter(last.closes())) {
          last = g;
        }
      }
    }
    flaws.sort(Comparator.comparingInt(Flaw::index));
    return List.copyOf(flaws);
  }

  private static boolean wholeMinutes(LocalTime time) {
    return time.equals(time.truncatedTo(ChronoUnit.MINUTES));
  }

  /** Reads the stored text; anything else than {@link #toString()}'s form is refused. */
  public static WeeklyHours parse(String text) {
    List<Interval> intervals = new ArrayList<>();
    if (!text.isBlank()) {
      for (String day : text.split(";")) {
        String[] parts = day.strip().split(" +");
        DayOfWeek weekday = dayOf(parts[0]);
        for (int i = 1; i < parts.length; i++) {
          String[] times = parts[i].split("-");
          if (times.length != 2) {
            throw new IllegalArgumentException("Not an interval: " + parts[i]);
          }
          try {
            intervals.add(
                new Interval(weekday, LocalTime.parse(times[0]), LocalTime.parse(times[1])));
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not an interval: " + parts[i], e);
          }
        }
      }
    }
    return of(intervals);
  }

  private static DayOfWeek dayOf(String abbreviation) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (abbreviation(day).equals(abbreviation)) {
        return day;
      }
    }
    throw new IllegalArgumentException("Not a weekday: " + abbreviation);
  }

  private static String abbreviation(DayOfWeek day) {
    return day.getDisplayName(TextStyle.SHORT, Locale.ROOT).toUpperCase(Locale.ROOT);
  }

  public List<Interval> on(DayOfWeek day) {
    return byDay.getOrDefault(day, List.of());
  }

  /** Every interval, Monday first. */
  public List<Interval> intervals() {
    return byDay.values().stream().flatMap(List::stream).toList();
  }

  @Override
  public String toString() {
    return byDay.entrySet().stream()
        .filter(e -> !e.getValue().isEmpty())
        .map(
            e ->
                abbreviation(e.getKey())
                    + e.getValue().stream()
                        .map(i -> " " + i.opens() + "-" + i.closes())
                        .collect(Collectors.joining()))
        .collect(Collectors.joining(";"));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WeeklyHours hours && hours.byDay.equals(byDay);
  }

  @Override
  public int hashCode() {
    return byDay.hashCode();
  }
}
