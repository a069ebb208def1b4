// Catalogue benchmark (catalogue and prescriptions issue), on the BDPM files as published
// (../shared/data/bdpm, or OFFICINE_BDPM_DIR), in one run:
//  - the full import: files read and parsed, then written as a new version of the catalogue in
//    the encrypted store and switched in (what the import dialog runs), the median of 5 runs;
//  - beside it, the raw rate: parsing alone, and the same rows inserted into a plain SQLite
//    store, one table per file with no index but its key, in one transaction — so the ratio
//    shows what versions, summaries, word index and encryption cost;
//  - search as the pharmacist types: 1,000 queries of every kind (name prefixes of 1–6 letters,
//    two words, substances, generic groups, CIP13, CIP7), p50/p99;
//  - a year of posology expanded into its intakes, and typed forms read, p50/p99.
//
//   cmake --preset release && cmake --build --preset release --target bench_catalog
//   build/release/bench/bench_catalog

#include "catalog/bdpm.h"
#include "catalog/catalogrepository.h"
#include "prescribing/posology.h"
#include "storage/store.h"
#include "util/searchkey.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <random>

using namespace Officine;
using namespace Officine::Catalog;

namespace {

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

double median(std::vector<double> v)
{
    return percentile(std::move(v), 0.5);
}

SecureBuffer benchKey()
{
    SecureBuffer key(32);
    for (size_t i = 0; i < 32; ++i) {
        key.data()[i] = static_cast<std::uint8_t>(0x5A ^ i);
    }
    return key;
}

std::unique_ptr<Storage::Store> open(const QString& path, Storage::Encryption encryption)
{
    Storage::StoreOptions o;
    o.path = path;
    o.encryption = encryption;
    auto s = Storage::Store::open(o, benchKey());
    if (!s) {
        std::fprintf(stderr, "store: %s\n", qPrintable(s.error().logText));
        std::exit(1);
    }
    return std::move(*s);
}

/// The raw reference: the parsed rows into plain tables, one statement per row.
double rawInsert(const QString& path, const BdpmData& d)
{
    auto store = open(path, Storage::Encryption::PlaintextForBenchmarkOnly);
    (void)store->exec(QStringLiteral(
        "CREATE TABLE raw_cis (cis TEXT PRIMARY KEY, name, form, routes, amm_status, amm_procedure, state, "
        "amm_date, bdm, eu, holders, reinforced);"
        "CREATE TABLE raw_cip (cip13 TEXT PRIMARY KEY, cip7, cis, label, status, state, declared, coll, "
        "rates, "
        "price, price_fees, fee, text);"
        "CREATE TABLE raw_compo (cis, element, code, substance, strength, reference, nature, link);"
        "CREATE TABLE raw_gener (grp, label, cis, type, sort);"
        "CREATE TABLE raw_cpd (cis, text);"));
    QElapsedTimer t;
    t.start();
    auto tx = Storage::Transaction::begin(*store);
    for (const Product& p : d.products) {
        auto q = store->query(
            QStringLiteral("INSERT INTO raw_cis VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                           "?11, ?12)"));
        q->bind(1, p.cis).bind(2, p.name).bind(3, p.form).bind(4, p.routes.join(u';')).bind(5, p.ammStatus);
        q->bind(6, p.ammProcedure).bind(7, p.marketingState).bind(8, p.ammDate.toString(Qt::ISODate));
        q->bind(9, p.bdmStatus)
            .bind(10, p.euNumber)
            .bind(11, p.holders.join(u';'))
            .bind(12, p.reinforcedMonitoring);
        (void)q->run();
    }
    for (const Presentation& p : d.presentations) {
        auto q = store->query(
            QStringLiteral("INSERT OR IGNORE INTO raw_cip VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                           "?9, ?10, ?11, ?12, ?13)"));
        q->bind(1, p.cip13).bind(2, p.cip7).bind(3, p.cis).bind(4, p.label).bind(5, p.adminStatus);
        q->bind(6, p.marketingState).bind(7, p.declaredOn.toString(Qt::ISODate)).bind(8, p.collectivities);
        q->bind(9, QString::number(p.reimbursementRates.value(0))).bind(10, p.priceCents.value_or(0));
        q->bind(11, p.priceWithFeesCents.value_or(0))
            .bind(12, p.feeCents.value_or(0))
            .bind(13, p.reimbursementText);
        (void)q->run();
    }
    for (const Component& c : d.components) {
        auto q
            = store->query(QStringLiteral("INSERT INTO raw_compo VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
        q->bind(1, c.cis)
            .bind(2, c.element)
            .bind(3, c.substanceCode)
            .bind(4, c.substance)
            .bind(5, c.strength);
        q->bind(6, c.strengthReference).bind(7, c.nature).bind(8, c.link);
        (void)q->run();
    }
    for (const GenericMember& g : d.generics) {
        auto q = store->query(QStringLiteral("INSERT INTO raw_gener VALUES (?1, ?2, ?3, ?4, ?5)"));
        q->bind(1, g.groupId).bind(2, g.groupLabel).bind(3, g.cis).bind(4, g.type).bind(5, g.sort);
        (void)q->run();
    }
    for (const Condition& c : d.conditions) {
        auto q = store->query(QStringLiteral("INSERT INTO raw_cpd VALUES (?1, ?2)"));
        q->bind(1, c.cis).bind(2, c.text);
        (void)q->run();
    }
    (void)tx->commit();
    return double(t.nsecsElapsed()) / 1e9;
}

CatalogRepository::ImportContext context()
{
    CatalogRepository::ImportContext c;
    c.source = QStringLiteral("bench");
    c.importedBy = QStringLiteral("bench");
    c.workstationId = QStringLiteral("bench");
    c.now = QDateTime::currentDateTimeUtc();
    if (qEnvironmentVariableIsSet("OFFICINE_BENCH_CATALOG_BATCH")) {
        c.batchRows = qEnvironmentVariableIntValue("OFFICINE_BENCH_CATALOG_BATCH");
    }
    return c;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const QString dir = qEnvironmentVariableIsEmpty("OFFICINE_BDPM_DIR")
        ? QStringLiteral(OFFICINE_SOURCE_DIR "/../shared/data/bdpm")
        : qEnvironmentVariable("OFFICINE_BDPM_DIR");
    QTemporaryDir tmp;
    constexpr int runs = 5;

    // Parsing alone (files read from the page cache after the first run).
    std::vector<double> readMs, parseMs;
    BdpmData data;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto source = BdpmSource::fromFolder(dir);
        if (!source) {
            std::fprintf(stderr, "%s\n", qPrintable(source.error().logText));
            return 1;
        }
        readMs.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        auto parsed = Bdpm::parse(*source);
        if (!parsed) {
            std::fprintf(stderr, "%s\n", qPrintable(parsed.error().logText));
            return 1;
        }
        parseMs.push_back(double(t.nsecsElapsed()) / 1e6);
        data = std::move(*parsed);
    }
    const qint64 rows = data.rowCount();
    std::printf("BDPM files of %s: %lld rows (%zu spécialités, %zu presentations), %zu refused\n\n",
                qPrintable(dir), rows, data.products.size(), data.presentations.size(), data.rejected.size());

    // The raw reference, and our import into a plain and an encrypted store; the import is
    // measured as the import dialog runs it: a second version over the first, so the switch
    // and the deletion of the retired version's rows are in.
    std::vector<double> raw, plainImport, encryptedImport;
    for (int i = 0; i < runs; ++i) {
        raw.push_back(rawInsert(tmp.filePath(QStringLiteral("raw%1.db").arg(i)), data));
    }
    for (auto [encryption, out] : {std::pair(Storage::Encryption::PlaintextForBenchmarkOnly, &plainImport),
                                   std::pair(Storage::Encryption::Encrypted, &encryptedImport)}) {
        auto store
            = open(tmp.filePath(encryption == Storage::Encryption::Encrypted ? QStringLiteral("enc.db")
                                                                             : QStringLiteral("plain.db")),
                   encryption);
        CatalogRepository repo(*store);
        (void)repo.importVersion(data, context());
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            auto v = repo.importVersion(data, context());
            if (!v) {
                std::fprintf(stderr, "import: %s\n", qPrintable(v.error().logText));
                return 1;
            }
            out->push_back(double(t.nsecsElapsed()) / 1e9);
        }
    }
    const double parse = (median(readMs) + median(parseMs)) / 1e3;
    const double rawTotal = parse + median(raw);
    const double full = parse + median(encryptedImport);
    std::printf("%-60s %8.0f ms\n", "read the files", median(readMs));
    std::printf("%-60s %8.0f ms\n", "parse and check them", median(parseMs));
    std::printf("%-60s %8.0f ms\n", "raw: the same rows into plain SQLite tables, one transaction",
                median(raw) * 1e3);
    std::printf("%-60s %8.0f ms\n", "our import into a plain store (version, summaries, words)",
                median(plainImport) * 1e3);
    std::printf("%-60s %8.0f ms\n", "our import into the encrypted store", median(encryptedImport) * 1e3);
    std::printf("%-60s %8.2f s (%.0f rows/s)\n", "full import: read + parse + encrypted import", full,
                double(rows) / full);
    std::printf("%-60s %8.2f s (%.0f rows/s)\n", "raw rate: read + parse + raw insert", rawTotal,
                double(rows) / rawTotal);
    std::printf("%-60s %8.2f×\n", "full import ÷ raw", full / rawTotal);

    // Search: 1,000 queries drawn from the catalogue.
    auto store = open(tmp.filePath(QStringLiteral("enc.db")), Storage::Encryption::Encrypted);
    CatalogRepository repo(*store);
    std::mt19937 rng(42);
    auto pick = [&rng](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng); };
    std::vector<std::pair<const char*, QString>> queries;
    for (int i = 0; i < 1000; ++i) {
        switch (i % 6) {
        case 0: { // a name prefix of 1–6 letters
            const QString key = searchKey(data.products[pick(data.products.size())].name);
            queries.emplace_back("name prefix, 1–6 letters", key.left(1 + int(pick(6))));
            break;
        }
        case 1: { // two words of a name, the second cut
            const QStringList w = searchKey(data.products[pick(data.products.size())].name).split(u' ');
            queries.emplace_back("two words (doli 500)",
                                 w.size() > 1 ? w[0].left(4) + u' ' + w[1].left(2) : w[0].left(4));
            break;
        }
        case 2:
            queries.emplace_back(
                "substance (DCI)",
                data.components[pick(data.components.size())].substance.left(3 + int(pick(6))));
            break;
        case 3:
            queries.emplace_back("generic group",
                                 searchKey(data.generics[pick(data.generics.size())].groupLabel).left(5));
            break;
        case 4:
            queries.emplace_back("CIP13", data.presentations[pick(data.presentations.size())].cip13);
            break;
        default:
            queries.emplace_back("CIP7", data.presentations[pick(data.presentations.size())].cip7);
        }
    }
    for (int i = 0; i < 200; ++i) { // warm the cache as a pharmacist's first searches would
        (void)repo.search(queries[size_t(i)].second);
    }
    std::map<std::string, std::vector<double>> byKind;
    std::vector<double> all;
    size_t results = 0;
    for (const auto& [kind, q] : queries) {
        QElapsedTimer t;
        t.start();
        auto hits = repo.search(q, 50);
        const double us = double(t.nsecsElapsed()) / 1e3;
        results += hits ? hits->size() : 0;
        byKind[kind].push_back(us);
        all.push_back(us);
    }
    std::printf("\nsearch, 1,000 queries, 50 results asked (%zu returned in all):\n", results);
    for (const auto& [kind, v] : byKind) {
        std::printf("  %-40s p50 %7.0f µs   p99 %7.0f µs\n", kind.c_str(), percentile(v, 0.5),
                    percentile(v, 0.99));
    }
    std::printf("  %-40s p50 %7.0f µs   p99 %7.0f µs\n", "all", percentile(all, 0.5), percentile(all, 0.99));

    // Posology: a year expanded into its intakes (what a pill organiser plan reads), and the
    // typed forms read as the pharmacist types them.
    const std::pair<const char*, QString> years[] = {
        {"1-1-1-1 for 365 days (1,460 intakes)", QStringLiteral("1-1-1-1 pendant 365 jours")},
        {"Mon–Fri, morning and evening, a year",
         QStringLiteral("1 cp matin et soir du lundi au vendredi pendant 365 jours")},
        {"a taper of 12 steps of a month",
         QStringLiteral("40 mg le matin 30j puis 35 mg le matin 30j puis 30 mg le matin "
                        "30j puis 25 mg le matin 30j puis 20 mg le matin 30j puis "
                        "17,5 mg le matin 30j puis 15 mg le matin 30j puis 12,5 mg le "
                        "matin 30j puis 10 mg le matin 30j puis 7,5 mg le matin 30j "
                        "puis 5 mg le matin 30j puis 2,5 mg le matin 35j")},
    };
    std::printf("\nposology, 1,000 runs each:\n");
    for (const auto& [label, typed] : years) {
        const auto posology = Prescribing::PosologyParser::parse(typed).posology;
        if (!posology) {
            std::fprintf(stderr, "posology not read: %s\n", qPrintable(typed));
            return 1;
        }
        std::vector<double> expandUs, parseUs;
        size_t n = 0;
        for (int i = 0; i < 1000; ++i) {
            QElapsedTimer t;
            t.start();
            n = posology->intakes(QDate(2026, 12, 7)).size();
            expandUs.push_back(double(t.nsecsElapsed()) / 1e3);
            t.restart();
            (void)Prescribing::PosologyParser::parse(typed);
            parseUs.push_back(double(t.nsecsElapsed()) / 1e3);
        }
        std::printf("  expand %-40s p50 %7.0f µs   p99 %7.0f µs (%zu intakes); parse p50 %5.0f µs\n", label,
                    percentile(expandUs, 0.5), percentile(expandUs, 0.99), n, percentile(parseUs, 0.5));
    }
    return 0;
}
