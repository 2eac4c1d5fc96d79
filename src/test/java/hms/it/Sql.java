package hms.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The test's own hands on the stack's database: to stage what time or a crash would leave. */
public final class Sql {
  private Sql() {}

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        Api.stack("db.url"), Api.stack("db.user"), Api.stack("db.password"));
  }

  public static void run(String... statements) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      for (String s : statements) {
        statement.execute(s);
      }
    }
  }

  /** The first column of the query's single row, as a long. */
  public static long number(String query) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(query)) {
      row.next();
      return row.getLong(1);
    }
  }

  /** A table of the hospital's own schema, quoted for SQL. */
  public static String table(String tenant, String name) {
    return "\"t_" + tenant + "\"." + name;
  }
}
