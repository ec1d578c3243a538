// The SQLite write limit for bilat's rows on this machine: reads the rows that
// bilat's extractor produced (a tab-separated dump written by bilat-bench) and
// inserts them into an archive created by `bilat init` — same schema, same
// full-text index — with prepared statements in large transactions and nothing
// else: no parsing, no name matching, no meeting merging. Like bilat, it indexes
// each transaction's sources and statements for search in one INSERT ... SELECT
// per FTS table before committing (see Migrations/0005), the fastest way
// SQLite's FTS5 offers, and writes with the connection's triggers off (the
// only ones its inserts would fire do that indexing row by row).
//
// Usage: bench-baseline ARCHIVE ROWS.tsv
//
// Record lines: S sha location language title published body date place kind
//               P name country role
//               T speaker text
//               C text topic thread deadline
//               D title kind
//               F text value unit period sentence
// Fields are separated by tabs; \t, \n and \\ are escaped.
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_FIELDS 12

static void unescape(char *s) {
    char *out = s;
    for (char *in = s; *in; in++) {
        if (*in == '\\' && in[1]) {
            in++;
            *out++ = *in == 't' ? '\t' : *in == 'n' ? '\n' : *in;
        } else {
            *out++ = *in;
        }
    }
    *out = 0;
}

static int split(char *line, char **fields) {
    int count = 0;
    fields[count++] = line;
    for (char *p = line; *p && count < MAX_FIELDS; p++) {
        if (*p == '\t') { *p = 0; fields[count++] = p + 1; }
    }
    for (int i = 0; i < count; i++) unescape(fields[i]);
    return count;
}

static sqlite3 *db;

static sqlite3_stmt *prepare(const char *sql) {
    sqlite3_stmt *statement;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, NULL) != SQLITE_OK) {
        fprintf(stderr, "prepare: %s\n", sqlite3_errmsg(db));
        exit(1);
    }
    return statement;
}

static void text(sqlite3_stmt *s, int i, const char *value) {
    if (value && *value) sqlite3_bind_text(s, i, value, -1, SQLITE_STATIC);
    else sqlite3_bind_null(s, i);
}

static void run(sqlite3_stmt *s) {
    int code = sqlite3_step(s);
    if (code != SQLITE_DONE && code != SQLITE_ROW) {
        fprintf(stderr, "step: %s\n", sqlite3_errmsg(db));
        exit(1);
    }
    sqlite3_reset(s);
}

static sqlite3_int64 person(sqlite3_stmt *find, sqlite3_stmt *insert, const char *name, const char *country) {
    text(find, 1, name);
    sqlite3_int64 id = 0;
    if (sqlite3_step(find) == SQLITE_ROW) id = sqlite3_column_int64(find, 0);
    sqlite3_reset(find);
    if (id) return id;
    text(insert, 1, name);
    text(insert, 2, country);
    run(insert);
    return sqlite3_last_insert_rowid(db);
}

static void exec(const char *sql) {
    if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK) {
        fprintf(stderr, "%s: %s\n", sql, sqlite3_errmsg(db));
        exit(1);
    }
}

// A transaction whose FTS indexing waits for its end, as bilat's import batches.
static void begin(void) {
    exec("BEGIN IMMEDIATE;"
         "INSERT INTO search_index_pending (id, sources_after, statements_after)"
         " VALUES (1, (SELECT coalesce(max(id), 0) FROM source), (SELECT coalesce(max(id), 0) FROM statement))");
}

static void commit(void) {
    exec("INSERT INTO source_fts (rowid, title, body) SELECT id, title, body FROM source"
         " WHERE id > (SELECT sources_after FROM search_index_pending);"
         "INSERT INTO statement_fts (rowid, text) SELECT id, text FROM statement"
         " WHERE id > (SELECT statements_after FROM search_index_pending);"
         "DELETE FROM search_index_pending;"
         "COMMIT");
}

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: bench-baseline ARCHIVE ROWS.tsv\n"); return 64; }
    if (sqlite3_open(argv[1], &db) != SQLITE_OK) { fprintf(stderr, "open: %s\n", sqlite3_errmsg(db)); return 1; }
    // The same connection settings as bilat's archive (Sources/Archive/Archive.swift).
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
                     "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-16384;", NULL, NULL, NULL);
    // As bilat's import batches (Archive.importBatch): an INSERT into a table with
    // a trigger journals the pages it changes, even when the trigger does nothing.
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, (int *)0);
    FILE *rows = fopen(argv[2], "r");
    if (!rows) { perror(argv[2]); return 1; }

    sqlite3_stmt *meeting = prepare("INSERT INTO meeting (date, place, kind, title) VALUES (?, ?, ?, ?)");
    sqlite3_stmt *country = prepare("INSERT OR IGNORE INTO meeting_country (meeting_id, country_code) VALUES (?, ?)");
    sqlite3_stmt *source = prepare(
        "INSERT INTO source (location, sha256, language, title, published_at, body, imported_at, meeting_id)"
        " VALUES (?, ?, ?, ?, ?, ?, 'now', ?)");
    sqlite3_stmt *find = prepare("SELECT person_id FROM person_alias WHERE name_key = ?");
    sqlite3_stmt *newPerson = prepare("INSERT INTO person (name, country_code) VALUES (?, ?)");
    sqlite3_stmt *alias = prepare("INSERT OR IGNORE INTO person_alias (name_key, person_id, spelling) VALUES (?, ?, ?)");
    sqlite3_stmt *participation = prepare(
        "INSERT OR IGNORE INTO participation (meeting_id, person_id, source_id, role) VALUES (?, ?, ?, ?)");
    sqlite3_stmt *statement = prepare("INSERT INTO statement (source_id, person_id, position, text) VALUES (?, ?, ?, ?)");
    sqlite3_stmt *thread = prepare("INSERT OR IGNORE INTO commitment_thread (id, title, topic) VALUES (?, ?, ?)");
    sqlite3_stmt *commitment = prepare(
        "INSERT INTO commitment (source_id, thread_id, position, topic, text, deadline) VALUES (?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *document = prepare("INSERT INTO signed_document (source_id, position, title, kind) VALUES (?, ?, ?, ?)");
    sqlite3_stmt *figure = prepare(
        "INSERT INTO figure (source_id, position, text, value, unit, period, sentence) VALUES (?, ?, ?, ?, ?, ?, ?)");

    size_t capacity = 0;
    char *line = NULL;
    char *fields[MAX_FIELDS];
    sqlite3_int64 meetingID = 0, sourceID = 0;
    int position = 0, sources = 0;
    begin();
    while (getline(&line, &capacity, rows) > 0) {
        line[strcspn(line, "\n")] = 0;
        int n = split(line, fields);
        switch (fields[0][0]) {
        case 'S':
            if (n < 10) break;
            if (++sources % 1000 == 0) { commit(); begin(); }
            text(meeting, 1, fields[7]); text(meeting, 2, fields[8]); text(meeting, 3, fields[9]); text(meeting, 4, fields[4]);
            run(meeting);
            meetingID = sqlite3_last_insert_rowid(db);
            text(source, 1, fields[2]); text(source, 2, fields[1]); text(source, 3, fields[3]); text(source, 4, fields[4]);
            text(source, 5, fields[5]); text(source, 6, fields[6]); sqlite3_bind_int64(source, 7, meetingID);
            run(source);
            sourceID = sqlite3_last_insert_rowid(db);
            position = 0;
            break;
        case 'N':  // meeting country
            sqlite3_bind_int64(country, 1, meetingID); text(country, 2, fields[1]); run(country);
            break;
        case 'P': {
            if (n < 4) break;
            sqlite3_int64 id = person(find, newPerson, fields[1], fields[2]);
            text(alias, 1, fields[1]); sqlite3_bind_int64(alias, 2, id); text(alias, 3, fields[1]); run(alias);
            sqlite3_bind_int64(participation, 1, meetingID); sqlite3_bind_int64(participation, 2, id);
            sqlite3_bind_int64(participation, 3, sourceID); text(participation, 4, fields[3]);
            run(participation);
            break;
        }
        case 'T': {
            if (n < 3) break;
            sqlite3_int64 id = person(find, newPerson, fields[1], NULL);
            text(alias, 1, fields[1]); sqlite3_bind_int64(alias, 2, id); text(alias, 3, fields[1]); run(alias);
            sqlite3_bind_int64(statement, 1, sourceID); sqlite3_bind_int64(statement, 2, id);
            sqlite3_bind_int(statement, 3, position++); text(statement, 4, fields[2]);
            run(statement);
            break;
        }
        case 'C':
            if (n < 5) break;
            if (*fields[3]) { text(thread, 1, fields[3]); text(thread, 2, fields[3]); text(thread, 3, fields[2]); run(thread); }
            sqlite3_bind_int64(commitment, 1, sourceID); text(commitment, 2, fields[3]);
            sqlite3_bind_int(commitment, 3, position++); text(commitment, 4, fields[2]); text(commitment, 5, fields[1]);
            text(commitment, 6, fields[4]);
            run(commitment);
            break;
        case 'D':
            if (n < 3) break;
            sqlite3_bind_int64(document, 1, sourceID); sqlite3_bind_int(document, 2, position++);
            text(document, 3, fields[1]); text(document, 4, fields[2]);
            run(document);
            break;
        case 'F':
            if (n < 6) break;
            sqlite3_bind_int64(figure, 1, sourceID); sqlite3_bind_int(figure, 2, position++);
            text(figure, 3, fields[1]); sqlite3_bind_double(figure, 4, atof(fields[2])); text(figure, 5, fields[3]);
            text(figure, 6, fields[4]); text(figure, 7, fields[5]);
            run(figure);
            break;
        }
    }
    commit();
    printf("%d sources\n", sources);
    free(line);
    sqlite3_close(db);
    return 0;
}
