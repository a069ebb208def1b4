#include "catalogrepository.h"

#include "storage/store.h"
#include "util/searchkey.h"
#include "util/uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>
#include <algorithm>
#include <map>

namespace Officine::Catalog {

using Storage::Query;
using Storage::Store;
using Storage::Transaction;

namespace {

QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString ratesText(const QList<int>& rates)
{
    QStringList parts;
    for (int r : rates) {
        parts << QString::number(r);
    }
    return parts.join(u';');
}

QList<int> ratesOf(const QString& text)
{
    QList<int> out;
    for (const QString& part : text.split(u';', Qt::SkipEmptyParts)) {
        out << part.toInt();
    }
    return out;
}

template<class T>
void bindOptional(Query& q, int index, const std::optional<T>& v)
{
    if (v) {
        q.bind(index, qint64(*v));
    } else {
        q.bindNull(index);
    }
}

void bindDate(Query& q, int index, const QDate& d)
{
    if (d.isValid()) {
        q.bind(index, isoDate(d));
    } else {
        q.bindNull(index);
    }
}

constexpr const char* kHitColumns
    = "p.cis, p.name, p.form, p.marketing_state, p.marketed, p.reinforced, p.list, p.conditions, "
      "p.presentations, p.price_min_cents, p.price_max_cents, p.rates, p.generic_group, p.generic_type, "
      "p.shortage, p.substances, p.search_words";

SearchHit readHit(const Query& r)
{
    SearchHit h;
    h.cis = r.text(0);
    h.name = r.text(1);
    h.form = r.text(2);
    h.marketingState = r.text(3);
    h.marketed = r.integer(4) != 0;
    h.reinforcedMonitoring = r.integer(5) != 0;
    h.list = DrugList(r.integer(6));
    h.conditions = r.text(7).split(u'\n', Qt::SkipEmptyParts);
    h.presentations = int(r.integer(8));
    if (!r.isNull(9)) {
        h.minPriceCents = r.integer(9);
    }
    if (!r.isNull(10)) {
        h.maxPriceCents = r.integer(10);
    }
    h.reimbursementRates = ratesOf(r.text(11));
    h.genericGroup = r.text(12);
    h.genericType = int(r.integer(13));
    h.shortage = int(r.integer(14));
    h.substances = r.text(15).split(QStringLiteral("; "), Qt::SkipEmptyParts);
    return h;
}

QJsonObject reportOf(const BdpmData& data)
{
    QJsonArray files;
    for (const FileReport& f : data.files) {
        files.append(QJsonObject {{QStringLiteral("file"), f.file},
                                  {QStringLiteral("encoding"), f.encoding},
                                  {QStringLiteral("lines"), f.lines},
                                  {QStringLiteral("accepted"), f.accepted},
                                  {QStringLiteral("rejected"), f.rejected},
                                  {QStringLiteral("repaired"), f.repaired},
                                  {QStringLiteral("unknownCis"), QJsonArray::fromStringList(f.unknownCis)}});
    }
    QJsonArray rejected;
    for (const RejectedLine& r : data.rejected) {
        rejected.append(QJsonObject {{QStringLiteral("file"), r.file},
                                     {QStringLiteral("line"), r.line},
                                     {QStringLiteral("reason"), r.reason}});
    }
    return {{QStringLiteral("files"), files}, {QStringLiteral("rejected"), rejected}};
}

} // namespace

DrugList CatalogRepository::listOf(const QStringList& conditions)
{
    DrugList list = DrugList::None;
    for (const QString& c : conditions) {
        const QString t = searchKey(c);
        if (t.startsWith(QLatin1String("STUPEFIANT"))) {
            return DrugList::Narcotic;
        }
        if (t == QLatin1String("LISTE II")) {
            list = DrugList::ListII;
        } else if (t == QLatin1String("LISTE I") && list == DrugList::None) {
            list = DrugList::ListI;
        }
    }
    return list;
}

Result<int> CatalogRepository::purgeUnused()
{
    // Public data: its deleted rows need not be overwritten (secure_delete stays on for the
    // rest of the store, where deletions are health data). The pragma cannot change inside a
    // transaction: joined to the caller's, the deletion keeps the store's setting.
    const bool own = !m_store.inTransaction();
    if (own) {
        (void)m_store.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
    }
    const auto restore = qScopeGuard([this, own]() {
        if (own) {
            (void)m_store.exec(QStringLiteral("PRAGMA secure_delete = ON"));
        }
    });
    auto tx = Transaction::begin(m_store);
    if (!tx) {
        return fail(tx.error());
    }
    auto unused
        = m_store.scalar(QStringLiteral("SELECT count(*) FROM catalog_version WHERE state <> 'current'"));
    if (!unused) {
        return fail(unused.error());
    }
    if (*unused == 0) {
        return 0;
    }
    for (const char* table :
         {"catalog_product", "catalog_presentation", "catalog_component", "catalog_generic",
          "catalog_condition", "catalog_availability", "catalog_word"}) {
        if (auto r
            = m_store.exec(QStringLiteral("DELETE FROM %1 WHERE version IN (SELECT id FROM catalog_version "
                                          "WHERE state <> 'current')")
                               .arg(QLatin1String(table)));
            !r) {
            return fail(r.error());
        }
    }
    // A retired version's row stays as the history of imports; a half-built one goes.
    if (auto r = m_store.exec(QStringLiteral("DELETE FROM catalog_version WHERE state = 'building'")); !r) {
        return fail(r.error());
    }
    if (auto r = tx->commit(); !r) {
        return fail(r.error());
    }
    return int(*unused);
}

Result<CatalogVersion> CatalogRepository::build(const BdpmData& data, const ImportContext& ctx,
                                                const std::function<bool(qint64, qint64)>& progress)
{
    // What a kill left half-built before: deleted first (its rows are never read).
    if (auto r = purgeUnused(); !r) {
        return fail(r.error());
    }
    CatalogVersion v;
    v.uuid = Ids::newUuid();
    v.source = ctx.source;
    v.publishedOn = data.publishedOn;
    v.importedAt = ctx.now;
    v.importedBy = ctx.importedBy;
    v.report = reportOf(data);
    v.products = qint64(data.products.size());
    v.presentations = qint64(data.presentations.size());
    {
        auto tx = Transaction::begin(m_store);
        if (!tx) {
            return fail(tx.error());
        }
        auto q = m_store.query(QStringLiteral(
            "INSERT INTO catalog_version (uuid, state, source, published_on, imported_at, imported_by, "
            "workstation_id, report, products, presentations) VALUES (?1, 'building', ?2, ?3, ?4, ?5, ?6, "
            "?7, ?8, "
            "?9)"));
        if (!q) {
            return fail(q.error());
        }
        q->bind(1, v.uuid).bind(2, v.source).bind(4, ctx.now.toUTC().toString(Qt::ISODateWithMs));
        bindDate(*q, 3, v.publishedOn);
        q->bind(5, ctx.importedBy).bind(6, ctx.workstationId);
        q->bindUtf8(7, QJsonDocument(v.report).toJson(QJsonDocument::Compact));
        q->bind(8, v.products).bind(9, v.presentations);
        if (auto r = q->run(); !r) {
            return fail(r.error());
        }
        auto id = m_store.scalar(QStringLiteral("SELECT last_insert_rowid()"));
        if (!id) {
            return fail(id.error());
        }
        v.id = *id;
        if (auto r = tx->commit(); !r) {
            return fail(r.error());
        }
    }
    const qint64 version = v.id;
    // Stopped before the end (a failure, a cancel): the rows written so far go.
    bool built = false;
    const auto cleanUp = qScopeGuard([this, &built]() {
        if (!built) {
            (void)purgeUnused();
        }
    });
    // The summary each result shows, derived from the other files.
    struct Summary
    {
        int presentations = 0;
        std::optional<qint64> minPrice, maxPrice;
        QList<int> rates;
        QStringList conditions;
        QString group;
        int groupType = -1;
        int shortage = 0;
        QStringList substances;
    };
    QHash<QString, Summary> summaries;
    summaries.reserve(qsizetype(data.products.size()));
    for (const Presentation& p : data.presentations) {
        Summary& s = summaries[p.cis];
        ++s.presentations;
        if (p.priceCents) {
            s.minPrice = s.minPrice ? std::min(*s.minPrice, *p.priceCents) : *p.priceCents;
            s.maxPrice = s.maxPrice ? std::max(*s.maxPrice, *p.priceCents) : *p.priceCents;
        }
        for (int r : p.reimbursementRates) {
            if (!s.rates.contains(r)) {
                s.rates << r;
            }
        }
    }
    for (const Condition& c : data.conditions) {
        summaries[c.cis].conditions << c.text;
    }
    for (const GenericMember& g : data.generics) {
        Summary& s = summaries[g.cis];
        if (s.group.isEmpty()) {
            s.group = g.groupLabel;
            s.groupType = g.type;
        }
    }
    for (const Availability& a : data.availability) {
        Summary& s = summaries[a.cis];
        // Rupture (1) is worse than tension (2) and arrêt (3); a return (4) is no shortage.
        if (a.status != 4 && (s.shortage == 0 || a.status < s.shortage)) {
            s.shortage = a.status;
        }
    }
    for (const Component& c : data.components) {
        if (c.nature == u"SA" || c.nature == u"ST") {
            Summary& s = summaries[c.cis];
            if (!s.substances.contains(c.substance)) {
                s.substances << c.substance;
            }
        }
    }
    // Each spécialité's words: of its name, its substances and its generic group. A word found
    // under several kinds is kept under the first (the name). Substances and groups recur
    // across spécialités: each text's words are computed once.
    std::vector<std::tuple<int, int, QString, QString>> words;
    words.reserve(data.products.size() * 8);
    QHash<QString, QString> searchWords;
    searchWords.reserve(qsizetype(data.products.size()));
    {
        QHash<QString, QStringList> keys;
        const auto wordsOf = [&keys](const QString& text) -> const QStringList& {
            auto it = keys.find(text);
            if (it == keys.end()) {
                it = keys.insert(text, searchKey(text).split(u' ', Qt::SkipEmptyParts));
            }
            return *it;
        };
        for (const Product& p : data.products) {
            std::map<QString, int> mine;
            const auto add = [&mine, &wordsOf](const QString& text, int kind) {
                for (const QString& w : wordsOf(text)) {
                    mine.emplace(w, kind);
                }
            };
            add(p.name, 0);
            const auto s = summaries.constFind(p.cis);
            if (s != summaries.cend()) {
                for (const QString& substance : s->substances) {
                    add(substance, 1);
                }
                add(s->group, 2);
            }
            const int unmarketed = searchKey(p.marketingState) == QLatin1String("COMMERCIALISEE") ? 0 : 1;
            QString all;
            for (const auto& [word, kind] : mine) {
                all += u' ' + word;
                const bool number
                    = std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
                if (word.size() >= 3 && !number) {
                    words.emplace_back(kind, unmarketed, word, p.cis);
                }
            }
            searchWords.insert(p.cis, all + u' ');
        }
    }

    const qint64 total = data.rowCount();
    qint64 done = 0, inBatch = 0;
    std::optional<Transaction> tx;
    // Rows go in transactions of ctx.batchRows: progress shows between them, and a cancel is
    // acted on there.
    const auto step = [&]() -> Result<bool> {
        ++done;
        if (++inBatch < ctx.batchRows) {
            return true;
        }
        inBatch = 0;
        if (auto r = tx->commit(); !r) {
            return fail(r.error());
        }
        tx.reset();
        if (progress && !progress(done, total)) {
            return false;
        }
        auto next = Transaction::begin(m_store);
        if (!next) {
            return fail(next.error());
        }
        tx.emplace(std::move(*next));
        return true;
    };
    const auto cancelledError = []() {
        return fail(ErrorCode::Cancelled, tr("Import annulé. Le catalogue en service est conservé."),
                    QStringLiteral("catalogue import cancelled"));
    };
    {
        auto first = Transaction::begin(m_store);
        if (!first) {
            return fail(first.error());
        }
        tx.emplace(std::move(*first));
    }
#define OFFICINE_STEP()                                                                                      \
    if (auto stepped = step(); !stepped) {                                                                   \
        return fail(stepped.error());                                                                        \
    } else if (!*stepped) {                                                                                  \
        return cancelledError();                                                                             \
    }

    for (const Product& p : data.products) {
        auto q = m_store.query(QStringLiteral(
            "INSERT INTO catalog_product (version, cis, name, form, routes, amm_status, amm_procedure, "
            "marketing_state, amm_date, bdm_status, eu_number, holders, reinforced, marketed, list, "
            "conditions, "
            "presentations, price_min_cents, price_max_cents, rates, generic_group, generic_type, shortage, "
            "substances, search_words) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
            "?15, "
            "?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)"));
        if (!q) {
            return fail(q.error());
        }
        static const Summary none;
        const auto found = summaries.constFind(p.cis);
        const Summary& s = found == summaries.cend() ? none : *found;
        q->bind(1, version).bind(2, p.cis).bind(3, p.name).bind(4, p.form).bind(5, p.routes.join(u';'));
        q->bind(6, p.ammStatus).bind(7, p.ammProcedure).bind(8, p.marketingState);
        bindDate(*q, 9, p.ammDate);
        q->bind(10, p.bdmStatus).bind(11, p.euNumber).bind(12, p.holders.join(u';'));
        q->bind(13, p.reinforcedMonitoring);
        q->bind(14, searchKey(p.marketingState) == QLatin1String("COMMERCIALISEE"));
        q->bind(15, int(listOf(s.conditions))).bind(16, s.conditions.join(u'\n')).bind(17, s.presentations);
        bindOptional(*q, 18, s.minPrice);
        bindOptional(*q, 19, s.maxPrice);
        q->bind(20, ratesText(s.rates)).bind(21, s.group).bind(22, s.groupType).bind(23, s.shortage);
        q->bind(24, s.substances.join(QStringLiteral("; "))).bind(25, searchWords.value(p.cis));
        if (auto r = q->run(); !r) {
            return fail(r.error());
        }
        OFFICINE_STEP()
    }
    for (const Presentation& p : data.presentations) {
        auto q = m_store.query(QStringLiteral(
            "INSERT OR IGNORE INTO catalog_presentation (version, cip13, cip7, cis, label, admin_status, "
            "marketing_state, declared_on, collectivities, rates, price_cents, price_fees_cents, fee_cents, "
            "reimbursement) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"));
        if (!q) {
            return fail(q.error());
        }
        q->bind(1, version).bind(2, p.cip13).bind(3, p.cip7).bind(4, p.cis).bind(5, p.label);
        q->bind(6, p.adminStatus).bind(7, p.marketingState);
        bindDate(*q, 8, p.declaredOn);
        q->bind(9, p.collectivities).bind(10, ratesText(p.reimbursementRates));
        bindOptional(*q, 11, p.priceCents);
        bindOptional(*q, 12, p.priceWithFeesCents);
        bindOptional(*q, 13, p.feeCents);
        q->bind(14, p.reimbursementText);
        if (auto r = q->run(); !r) {
            return fail(r.error());
        }
        OFFICINE_STEP()
    }
    {
        QHash<QString, int> seq;
        for (const Component& c : data.components) {
            auto q = m_store.query(QStringLiteral(
                "INSERT INTO catalog_component (version, cis, seq, element, substance_code, substance, "
                "strength, "
                "strength_reference, nature, link) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
            if (!q) {
                return fail(q.error());
            }
            q->bind(1, version)
                .bind(2, c.cis)
                .bind(3, seq[c.cis]++)
                .bind(4, c.element)
                .bind(5, c.substanceCode);
            q->bind(6, c.substance).bind(7, c.strength).bind(8, c.strengthReference).bind(9, c.nature);
            q->bind(10, c.link);
            if (auto r = q->run(); !r) {
                return fail(r.error());
            }
            OFFICINE_STEP()
        }
    }
    for (const GenericMember& g : data.generics) {
        auto q = m_store.query(QStringLiteral(
            "INSERT OR IGNORE INTO catalog_generic (version, group_id, cis, label, type, sort) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
        if (!q) {
            return fail(q.error());
        }
        q->bind(1, version)
            .bind(2, g.groupId)
            .bind(3, g.cis)
            .bind(4, g.groupLabel)
            .bind(5, g.type)
            .bind(6, g.sort);
        if (auto r = q->run(); !r) {
            return fail(r.error());
        }
        OFFICINE_STEP()
    }
    {
        QHash<QString, int> seq;
        for (const Condition& c : data.conditions) {
            auto q = m_store.query(QStringLiteral(
                "INSERT INTO catalog_condition (version, cis, seq, text) VALUES (?1, ?2, ?3, ?4)"));
            if (!q) {
                return fail(q.error());
            }
            q->bind(1, version).bind(2, c.cis).bind(3, seq[c.cis]++).bind(4, c.text);
            if (auto r = q->run(); !r) {
                return fail(r.error());
            }
            OFFICINE_STEP()
        }
    }
    {
        QHash<QString, int> seq;
        for (const Availability& a : data.availability) {
            auto q = m_store.query(QStringLiteral(
                "INSERT INTO catalog_availability (version, cis, seq, cip13, status, label, start, updated, "
                "back_on, link) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
            if (!q) {
                return fail(q.error());
            }
            q->bind(1, version).bind(2, a.cis).bind(3, seq[a.cis]++).bind(4, a.cip13).bind(5, a.status);
            q->bind(6, a.label);
            bindDate(*q, 7, a.start);
            bindDate(*q, 8, a.updated);
            bindDate(*q, 9, a.backOn);
            q->bind(10, a.link);
            if (auto r = q->run(); !r) {
                return fail(r.error());
            }
            OFFICINE_STEP()
        }
    }
    // The words, in key order (each page of the index written once).
    {
        std::sort(words.begin(), words.end());
        for (const auto& [kind, unmarketed, word, cis] : words) {
            auto w = m_store.query(
                QStringLiteral("INSERT INTO catalog_word (version, kind, unmarketed, word, cis) "
                               "VALUES (?1, ?2, ?3, ?4, ?5)"));
            if (!w) {
                return fail(w.error());
            }
            w->bind(1, version).bind(2, kind).bind(3, unmarketed).bind(4, word).bind(5, cis);
            if (auto r = w->run(); !r) {
                return fail(r.error());
            }
        }
    }
#undef OFFICINE_STEP

    if (auto r = tx->commit(); !r) {
        return fail(r.error());
    }
    tx.reset();
    built = true;
    if (progress) {
        (void)progress(total, total);
    }
    return v;
}

Result<void> CatalogRepository::activate(const QString& versionUuid)
{
    // The switch, in the caller's transaction (the command's): the only moment the version in
    // service changes.
    auto tx = Transaction::beginUnlessOpen(m_store);
    if (!tx) {
        return fail(tx.error());
    }
    auto state = m_store.query(QStringLiteral("SELECT state FROM catalog_version WHERE uuid = ?1"));
    if (!state) {
        return fail(state.error());
    }
    state->bind(1, versionUuid);
    auto found = Storage::firstRow<QString>(*state, [](const Query& r) { return r.text(0); });
    if (!found) {
        return fail(found.error());
    }
    if (!found->has_value() || **found != QLatin1String("building")) {
        return fail(ErrorCode::NotFound,
                    tr("Cette version du catalogue n'est plus disponible : recommencez l'import."),
                    QStringLiteral("catalogue version not building"));
    }
    if (auto r = m_store.exec(
            QStringLiteral("UPDATE catalog_version SET state = 'retired' WHERE state = 'current'"));
        !r) {
        return fail(r.error());
    }
    auto current
        = m_store.query(QStringLiteral("UPDATE catalog_version SET state = 'current' WHERE uuid = ?1"));
    if (!current) {
        return fail(current.error());
    }
    current->bind(1, versionUuid);
    if (auto r = current->run(); !r) {
        return fail(r.error());
    }
    return tx->commit();
}

Result<CatalogVersion> CatalogRepository::importVersion(const BdpmData& data, const ImportContext& ctx,
                                                        const std::function<bool(qint64, qint64)>& progress)
{
    auto v = build(data, ctx, progress);
    if (!v) {
        return v;
    }
    if (auto r = activate(v->uuid); !r) {
        (void)purgeUnused();
        return fail(r.error());
    }
    // The retired version's rows, now unused (outside the switch: it stays short).
    (void)purgeUnused();
    return v;
}

Result<qint64> CatalogRepository::currentVersionId()
{
    return m_store.scalar(
        QStringLiteral("SELECT coalesce(max(id), 0) FROM catalog_version WHERE state = 'current'"));
}

Result<std::optional<CatalogVersion>> CatalogRepository::current()
{
    auto q = m_store.query(QStringLiteral(
        "SELECT v.id, v.uuid, v.source, v.published_on, v.imported_at, v.imported_by, v.report, "
        "v.products, v.presentations FROM catalog_version v WHERE v.state = 'current'"));
    if (!q) {
        return fail(q.error());
    }
    return Storage::firstRow<CatalogVersion>(*q, [](const Query& r) {
        CatalogVersion v;
        v.id = r.integer(0);
        v.uuid = r.text(1);
        v.source = r.text(2);
        v.publishedOn = QDate::fromString(r.text(3), Qt::ISODate);
        v.importedAt = QDateTime::fromString(r.text(4), Qt::ISODateWithMs);
        v.importedBy = r.text(5);
        v.report = QJsonDocument::fromJson(r.text(6).toUtf8()).object();
        v.products = r.integer(7);
        v.presentations = r.integer(8);
        return v;
    });
}

Result<std::vector<SearchHit>> CatalogRepository::search(const QString& query, int limit)
{
    std::vector<SearchHit> hits;
    const QString typed = query.trimmed();
    if (typed.isEmpty()) {
        return hits;
    }
    auto version = currentVersionId();
    if (!version) {
        return fail(version.error());
    }
    if (*version == 0) {
        return hits;
    }
    const QString columns = QLatin1String(kHitColumns);
    // A code: CIP13 (with or without spaces), CIP7, CIS.
    QString code = typed;
    code.remove(u' ');
    const bool allDigits
        = std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (allDigits && (code.size() == 13 || code.size() == 7 || code.size() == 8)) {
        const QString where = code.size() == 8
            ? QStringLiteral("p.cis = ?2")
            : QStringLiteral("p.cis IN (SELECT cis FROM catalog_presentation WHERE version = ?1 AND %1 = ?2)")
                  .arg(code.size() == 13 ? QLatin1String("cip13") : QLatin1String("cip7"));
        auto q = m_store.query(QStringLiteral("SELECT %1 FROM catalog_product p WHERE p.version = ?1 AND %2")
                                   .arg(columns, where));
        if (!q) {
            return fail(q.error());
        }
        q->bind(1, *version).bind(2, code);
        if (auto r = Storage::forEachRow(*q,
                                         [&hits](const Query& row) {
                                             SearchHit h = readHit(row);
                                             h.matched = 3;
                                             hits.push_back(std::move(h));
                                         });
            !r) {
            return fail(r.error());
        }
        return hits;
    }
    const QStringList words = searchKey(typed).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        return hits;
    }
    // The longest word (the most selective) reads the word index in the order results are
    // shown — names, then substances, then generic groups; marketed first; by word — and the
    // reading stops at the limit. The other words must each begin a word of the name, a
    // substance or the group.
    // Numbers are not in the index (they only narrow): the driver is the longest other word.
    const auto rank = [](const QString& w) {
        const bool number = std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); });
        return std::pair(!number, w.size());
    };
    const QString driver
        = *std::max_element(words.cbegin(), words.cend(),
                            [&rank](const QString& a, const QString& b) { return rank(a) < rank(b); });
    QStringList others = words;
    others.removeOne(driver);
    const QString sql
        = QStringLiteral("SELECT %1, w.kind FROM catalog_word w CROSS JOIN catalog_product p ON "
                         "p.version = w.version AND p.cis = w.cis WHERE w.version = ?1 AND w.kind = ?2 "
                         "AND w.unmarketed = ?3 AND w.word >= ?4 AND w.word < ?5 ORDER BY w.word")
              .arg(columns);
    const QString upper = prefixUpperBound(driver);
    QSet<QString> seen;
    for (int kind = 0; kind < 3 && int(hits.size()) < limit; ++kind) {
        for (int unmarketed = 0; unmarketed < 2 && int(hits.size()) < limit; ++unmarketed) {
            auto q = m_store.query(sql);
            if (!q) {
                return fail(q.error());
            }
            q->bind(1, *version).bind(2, kind).bind(3, unmarketed).bind(4, driver).bind(5, upper);
            for (;;) {
                auto more = q->next();
                if (!more) {
                    return fail(more.error());
                }
                if (!*more || int(hits.size()) >= limit) {
                    break;
                }
                const QString cis = q->text(0);
                if (seen.contains(cis)) {
                    continue; // matched by another of its words, shown once
                }
                seen.insert(cis);
                if (!others.isEmpty()) {
                    // Each other word begins one of its words (" DOLIPRANE 500 MG ").
                    const QString mine = q->text(16);
                    const bool all = std::all_of(others.cbegin(), others.cend(), [&mine](const QString& w) {
                        return mine.contains(u' ' + w);
                    });
                    if (!all) {
                        continue;
                    }
                }
                SearchHit h = readHit(*q);
                h.matched = kind;
                hits.push_back(std::move(h));
            }
        }
    }
    return hits;
}

Result<std::vector<CatalogRepository::Substance>> CatalogRepository::substances(const QString& query,
                                                                                int limit)
{
    std::vector<Substance> out;
    const QStringList typed = searchKey(query).split(u' ', Qt::SkipEmptyParts);
    if (typed.isEmpty()) {
        return out;
    }
    // A few thousand distinct substances: read and matched here (a picker, not a keystroke).
    auto q = m_store.query(QStringLiteral(
        "SELECT DISTINCT c.substance_code, c.substance FROM catalog_component c JOIN catalog_version v ON "
        "v.id = "
        "c.version WHERE v.state = 'current' AND c.nature IN ('SA', 'ST') ORDER BY c.substance"));
    if (!q) {
        return fail(q.error());
    }
    QSet<QString> codes;
    if (auto r = Storage::forEachRow(
            *q,
            [&](const Query& row) {
                if (int(out.size()) >= limit) {
                    return;
                }
                const QString name = row.text(1);
                const QStringList words = searchKey(name).split(u' ', Qt::SkipEmptyParts);
                const bool all = std::all_of(typed.cbegin(), typed.cend(), [&](const QString& t) {
                    return std::any_of(words.cbegin(), words.cend(),
                                       [&t](const QString& w) { return w.startsWith(t); });
                });
                if (all && !codes.contains(row.text(0))) {
                    codes.insert(row.text(0));
                    out.push_back({row.text(0), name});
                }
            });
        !r) {
        return fail(r.error());
    }
    return out;
}

Result<std::optional<ProductDetails>> CatalogRepository::product(const QString& cis)
{
    auto version = currentVersionId();
    if (!version) {
        return fail(version.error());
    }
    auto q = m_store.query(QStringLiteral("SELECT %1, p.routes, p.amm_status, p.amm_procedure, p.amm_date, "
                                          "p.bdm_status, p.eu_number, p.holders FROM catalog_product p "
                                          "WHERE p.version = ?1 AND p.cis = ?2")
                               .arg(QLatin1String(kHitColumns)));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, *version).bind(2, cis);
    auto found = Storage::firstRow<ProductDetails>(*q, [](const Query& r) {
        ProductDetails d;
        d.summary = readHit(r);
        Product& p = d.product;
        p.cis = d.summary.cis;
        p.name = d.summary.name;
        p.form = d.summary.form;
        p.marketingState = d.summary.marketingState;
        p.reinforcedMonitoring = d.summary.reinforcedMonitoring;
        p.routes = r.text(17).split(u';', Qt::SkipEmptyParts);
        p.ammStatus = r.text(18);
        p.ammProcedure = r.text(19);
        p.ammDate = QDate::fromString(r.text(20), Qt::ISODate);
        p.bdmStatus = r.text(21);
        p.euNumber = r.text(22);
        p.holders = r.text(23).split(u';', Qt::SkipEmptyParts);
        return d;
    });
    if (!found || !found->has_value()) {
        return found;
    }
    ProductDetails& d = **found;
    auto pres = m_store.query(QStringLiteral("SELECT cip13, cip7, label, admin_status, marketing_state, "
                                             "declared_on, collectivities, rates, price_cents, "
                                             "price_fees_cents, fee_cents, reimbursement FROM "
                                             "catalog_presentation WHERE version = ?1 AND cis = ?2 "
                                             "ORDER BY cip13"));
    if (!pres) {
        return fail(pres.error());
    }
    pres->bind(1, *version).bind(2, cis);
    if (auto r = Storage::forEachRow(*pres,
                                     [&](const Query& row) {
                                         Presentation p;
                                         p.cis = cis;
                                         p.cip13 = row.text(0);
                                         p.cip7 = row.text(1);
                                         p.label = row.text(2);
                                         p.adminStatus = row.text(3);
                                         p.marketingState = row.text(4);
                                         p.declaredOn = QDate::fromString(row.text(5), Qt::ISODate);
                                         p.collectivities = row.text(6);
                                         p.reimbursementRates = ratesOf(row.text(7));
                                         if (!row.isNull(8)) {
                                             p.priceCents = row.integer(8);
                                         }
                                         if (!row.isNull(9)) {
                                             p.priceWithFeesCents = row.integer(9);
                                         }
                                         if (!row.isNull(10)) {
                                             p.feeCents = row.integer(10);
                                         }
                                         p.reimbursementText = row.text(11);
                                         d.presentations.push_back(std::move(p));
                                     });
        !r) {
        return fail(r.error());
    }
    auto comp = m_store.query(QStringLiteral(
        "SELECT element, substance_code, substance, strength, strength_reference, nature, link "
        "FROM catalog_component WHERE version = ?1 AND cis = ?2 ORDER BY seq"));
    if (!comp) {
        return fail(comp.error());
    }
    comp->bind(1, *version).bind(2, cis);
    if (auto r = Storage::forEachRow(*comp,
                                     [&](const Query& row) {
                                         d.components.push_back({cis, row.text(0), row.text(1), row.text(2),
                                                                 row.text(3), row.text(4), row.text(5),
                                                                 int(row.integer(6))});
                                     });
        !r) {
        return fail(r.error());
    }
    auto gen = m_store.query(QStringLiteral("SELECT group_id, label, type, sort FROM catalog_generic WHERE "
                                            "version = ?1 AND cis = ?2 ORDER BY group_id"));
    if (!gen) {
        return fail(gen.error());
    }
    gen->bind(1, *version).bind(2, cis);
    if (auto r = Storage::forEachRow(*gen,
                                     [&](const Query& row) {
                                         d.generics.push_back({row.text(0), row.text(1), cis,
                                                               int(row.integer(2)), int(row.integer(3))});
                                     });
        !r) {
        return fail(r.error());
    }
    auto avail
        = m_store.query(QStringLiteral("SELECT cip13, status, label, start, updated, back_on, link FROM "
                                       "catalog_availability WHERE version = ?1 AND cis = ?2 ORDER BY seq"));
    if (!avail) {
        return fail(avail.error());
    }
    avail->bind(1, *version).bind(2, cis);
    if (auto r = Storage::forEachRow(*avail,
                                     [&](const Query& row) {
                                         Availability a;
                                         a.cis = cis;
                                         a.cip13 = row.text(0);
                                         a.status = int(row.integer(1));
                                         a.label = row.text(2);
                                         a.start = QDate::fromString(row.text(3), Qt::ISODate);
                                         a.updated = QDate::fromString(row.text(4), Qt::ISODate);
                                         a.backOn = QDate::fromString(row.text(5), Qt::ISODate);
                                         a.link = row.text(6);
                                         d.availability.push_back(std::move(a));
                                     });
        !r) {
        return fail(r.error());
    }
    return found;
}

} // namespace Officine::Catalog
