#include "posology.h"

#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>
#include <cmath>
#include <map>

namespace Officine::Prescribing {

namespace {

const char* kWhen[4] = {"MORN", "NOON", "EVE", "HS"};
const char* kDayCodes[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

/// Units a pharmacist types, to the singular the rendering writes.
QString unitOf(const QString& word)
{
    static const std::map<QString, QString> units {
        {QStringLiteral("cp"), QStringLiteral("comprimé")},
        {QStringLiteral("cps"), QStringLiteral("comprimé")},
        {QStringLiteral("comp"), QStringLiteral("comprimé")},
        {QStringLiteral("comprimé"), QStringLiteral("comprimé")},
        {QStringLiteral("comprimés"), QStringLiteral("comprimé")},
        {QStringLiteral("gél"), QStringLiteral("gélule")},
        {QStringLiteral("gel"), QStringLiteral("gélule")},
        {QStringLiteral("gélule"), QStringLiteral("gélule")},
        {QStringLiteral("gélules"), QStringLiteral("gélule")},
        {QStringLiteral("sachet"), QStringLiteral("sachet")},
        {QStringLiteral("sachets"), QStringLiteral("sachet")},
        {QStringLiteral("sach"), QStringLiteral("sachet")},
        {QStringLiteral("mg"), QStringLiteral("mg")},
        {QStringLiteral("g"), QStringLiteral("g")},
        {QStringLiteral("ml"), QStringLiteral("ml")},
        {QStringLiteral("goutte"), QStringLiteral("goutte")},
        {QStringLiteral("gouttes"), QStringLiteral("goutte")},
        {QStringLiteral("gtt"), QStringLiteral("goutte")},
        {QStringLiteral("bouffée"), QStringLiteral("bouffée")},
        {QStringLiteral("bouffées"), QStringLiteral("bouffée")},
        {QStringLiteral("dose"), QStringLiteral("dose")},
        {QStringLiteral("doses"), QStringLiteral("dose")},
        {QStringLiteral("supp"), QStringLiteral("suppositoire")},
        {QStringLiteral("suppositoire"), QStringLiteral("suppositoire")},
        {QStringLiteral("suppositoires"), QStringLiteral("suppositoire")},
        {QStringLiteral("ampoule"), QStringLiteral("ampoule")},
        {QStringLiteral("ampoules"), QStringLiteral("ampoule")},
        {QStringLiteral("ui"), QStringLiteral("UI")},
    };
    const auto it = units.find(word);
    return it == units.end() ? QString() : it->second;
}

bool invariable(const QString& unit)
{
    return unit == u"mg" || unit == u"g" || unit == u"ml" || unit == u"UI";
}

QString plural(const QString& unit, double quantity)
{
    return quantity > 1 && !invariable(unit) ? unit + u's' : unit;
}

/// ½ ¼ ¾ as a pharmacist writes them for tablets; masses and volumes with a decimal comma.
QString number(double v, const QString& unit = {})
{
    if (invariable(unit)) {
        return QLocale(QLocale::French).toString(v, 'g', 6);
    }
    const double whole = std::floor(v);
    const double frac = v - whole;
    QString fracText;
    if (std::abs(frac - 0.5) < 1e-9) {
        fracText = QStringLiteral("½");
    } else if (std::abs(frac - 0.25) < 1e-9) {
        fracText = QStringLiteral("¼");
    } else if (std::abs(frac - 0.75) < 1e-9) {
        fracText = QStringLiteral("¾");
    }
    if (!fracText.isEmpty()) {
        return whole > 0 ? QString::number(int(whole)) + u' ' + fracText : fracText;
    }
    return QLocale(QLocale::French).toString(v, 'g', 6);
}

std::optional<double> parseNumber(QString t)
{
    t = t.trimmed();
    if (t == u"½") {
        return 0.5;
    }
    if (t == u"¼") {
        return 0.25;
    }
    if (t == u"¾") {
        return 0.75;
    }
    if (const qsizetype slash = t.indexOf(u'/'); slash > 0) {
        bool a = false, b = false;
        const double n = t.left(slash).toDouble(&a);
        const double d = t.mid(slash + 1).toDouble(&b);
        if (!a || !b || d == 0) {
            return std::nullopt;
        }
        return n / d;
    }
    t.replace(u',', u'.');
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

// The rendering is the prescription's own text (FHIR `text`, labels, the administration sheet):
// French whatever the interface's language, so it is written here, not translated.
QString momentText(Moment m)
{
    switch (m) {
    case Moment::Morning:
        return QStringLiteral("le matin");
    case Moment::Noon:
        return QStringLiteral("le midi");
    case Moment::Evening:
        return QStringLiteral("le soir");
    case Moment::Bedtime:
        return QStringLiteral("au coucher");
    }
    return {};
}

QString joinFrench(const QStringList& parts)
{
    if (parts.size() <= 1) {
        return parts.join(QString());
    }
    return parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" et ") + parts.last();
}

QString dayName(int isoDay)
{
    return QLocale(QLocale::French).dayName(isoDay, QLocale::LongFormat);
}

/// A step's moments grouped by dose, in the order of the day: what is rendered as one phrase
/// and exported as one Dosage.
std::vector<std::pair<double, std::vector<Moment>>> byDose(const PosologyStep& s)
{
    std::vector<std::pair<double, std::vector<Moment>>> groups;
    for (Moment m : allMoments) {
        const double d = s.perMoment[size_t(m)];
        if (d <= 0) {
            continue;
        }
        auto g = std::find_if(groups.begin(), groups.end(), [d](const auto& x) { return x.first == d; });
        if (g == groups.end()) {
            groups.push_back({d, {m}});
        } else {
            g->second.push_back(m);
        }
    }
    return groups;
}

QString renderStep(const PosologyStep& s)
{
    QString out;
    if (s.asNeeded) {
        out = QStringLiteral("%1 %2 si besoin").arg(number(s.asNeededDose), plural(s.unit, s.asNeededDose));
        if (s.maxPer24h > 0) {
            out += QStringLiteral(", au maximum %1 par 24 heures").arg(number(s.maxPer24h));
        }
    } else {
        // The moments grouped by dose: "1 comprimé le matin et le soir", "1 comprimé le matin
        // et ½ comprimé le soir".
        QStringList parts;
        for (const auto& [dose, moments] : byDose(s)) {
            QStringList texts;
            for (Moment m : moments) {
                texts << momentText(m);
            }
            parts << QStringLiteral("%1 %2 %3")
                         .arg(number(dose, s.unit), plural(s.unit, dose), joinFrench(texts));
        }
        out = joinFrench(parts);
    }
    if (!s.condition.isEmpty()) {
        out += u' ' + s.condition;
    }
    if (s.everyDays == 2) {
        out += QStringLiteral(" un jour sur deux");
    } else if (s.everyDays > 2) {
        out += QStringLiteral(" tous les %1 jours").arg(s.everyDays);
    }
    if (!s.weekdays.isEmpty()) {
        if (s.weekdays == QList<int> {1, 2, 3, 4, 5}) {
            out += QStringLiteral(" du lundi au vendredi");
        } else {
            QStringList days;
            for (int d : s.weekdays) {
                days << QStringLiteral("le %1").arg(dayName(d));
            }
            out += u' ' + joinFrench(days);
        }
    }
    if (s.durationDays > 0) {
        // Singular and plural spelt out (not %n): the rendering goes into documents and FHIR
        // whatever the interface's language files.
        if (s.durationDays % 7 == 0 && s.durationDays >= 14) {
            out += QStringLiteral(" pendant %1 semaines").arg(s.durationDays / 7);
        } else {
            out += s.durationDays == 1 ? QStringLiteral(" pendant 1 jour")
                                       : QStringLiteral(" pendant %1 jours").arg(s.durationDays);
        }
    }
    return out;
}

QJsonObject quantityJson(double value, const QString& unit)
{
    QJsonObject q {{QStringLiteral("value"), value}, {QStringLiteral("unit"), unit}};
    // EDQM for the units of presentation whose code domain.md gives; UCUM for masses and
    // volumes; the text alone otherwise.
    if (unit == u"comprimé") {
        q.insert(QStringLiteral("system"), QStringLiteral("http://standardterms.edqm.eu"));
        q.insert(QStringLiteral("code"), QStringLiteral("15054000"));
    } else if (unit == u"mg" || unit == u"g" || unit == u"ml") {
        q.insert(QStringLiteral("system"), QStringLiteral("http://unitsofmeasure.org"));
        q.insert(QStringLiteral("code"), unit == u"ml" ? QStringLiteral("mL") : unit);
    }
    return q;
}

} // namespace

double PosologyStep::dailyDose() const
{
    if (asNeeded) {
        return asNeededDose * (maxPer24h > 0 ? maxPer24h : 1);
    }
    double d = 0;
    for (double v : perMoment) {
        d += v;
    }
    return d;
}

bool PosologyStep::hasFraction() const
{
    const auto fractional = [](double v) { return v > 0 && std::abs(v - std::round(v)) > 1e-9; };
    return fractional(asNeededDose) || std::any_of(perMoment.cbegin(), perMoment.cend(), fractional);
}

QString Posology::rendered() const
{
    QStringList parts;
    for (const PosologyStep& s : steps) {
        parts << renderStep(s);
    }
    return parts.join(QStringLiteral(", puis "));
}

int Posology::totalDays() const
{
    int days = 0;
    for (const PosologyStep& s : steps) {
        days += s.durationDays;
    }
    return days;
}

double Posology::quantity(int defaultDays) const
{
    double total = 0;
    for (const PosologyStep& s : steps) {
        const int days = s.durationDays > 0 ? s.durationDays : defaultDays;
        double taking = days;
        if (s.everyDays > 1) {
            taking = std::ceil(double(days) / s.everyDays);
        }
        if (!s.weekdays.isEmpty()) {
            taking = std::ceil(double(days) * double(s.weekdays.size()) / 7.0);
        }
        total += s.dailyDose() * taking;
    }
    return std::ceil(total - 1e-9);
}

std::vector<Intake> Posology::intakes(const QDate& start, int defaultDays) const
{
    std::vector<Intake> out;
    QDate day = start;
    for (size_t i = 0; i < steps.size(); ++i) {
        const PosologyStep& s = steps[i];
        const int days = s.durationDays > 0 ? s.durationDays : defaultDays;
        if (s.asNeeded) {
            day = day.addDays(days);
            continue;
        }
        out.reserve(out.size() + size_t(days) * 4);
        for (int d = 0; d < days; ++d, day = day.addDays(1)) {
            if (s.everyDays > 1 && d % s.everyDays != 0) {
                continue;
            }
            if (!s.weekdays.isEmpty() && !s.weekdays.contains(day.dayOfWeek())) {
                continue;
            }
            for (Moment m : allMoments) {
                if (const double dose = s.perMoment[size_t(m)]; dose > 0) {
                    out.push_back({day, m, dose, s.unit, int(i)});
                }
            }
        }
    }
    return out;
}

QJsonArray Posology::toFhir() const
{
    QJsonArray out;
    for (size_t i = 0; i < steps.size(); ++i) {
        const PosologyStep& s = steps[i];
        QJsonObject repeat;
        if (s.durationDays > 0) {
            repeat.insert(
                QStringLiteral("boundsDuration"),
                QJsonObject {{QStringLiteral("value"), s.durationDays},
                             {QStringLiteral("unit"), QStringLiteral("jours")},
                             {QStringLiteral("system"), QStringLiteral("http://unitsofmeasure.org")},
                             {QStringLiteral("code"), QStringLiteral("d")}});
        }
        if (s.everyDays > 1) {
            repeat.insert(QStringLiteral("frequency"), 1);
            repeat.insert(QStringLiteral("period"), s.everyDays);
            repeat.insert(QStringLiteral("periodUnit"), QStringLiteral("d"));
        }
        if (!s.weekdays.isEmpty()) {
            QJsonArray days;
            for (int d : s.weekdays) {
                days.append(QLatin1String(kDayCodes[d - 1]));
            }
            repeat.insert(QStringLiteral("dayOfWeek"), days);
        }
        const auto dosage = [&](const QJsonObject& timingRepeat, double dose) {
            QJsonObject d {
                {QStringLiteral("sequence"), int(i) + 1},
                {QStringLiteral("text"), renderStep(s)},
                {QStringLiteral("timing"), QJsonObject {{QStringLiteral("repeat"), timingRepeat}}},
                {QStringLiteral("doseAndRate"),
                 QJsonArray {QJsonObject {{QStringLiteral("doseQuantity"), quantityJson(dose, s.unit)}}}}};
            if (!s.condition.isEmpty()) {
                d.insert(QStringLiteral("additionalInstruction"),
                         QJsonArray {QJsonObject {{QStringLiteral("text"), s.condition}}});
            }
            return d;
        };
        if (s.asNeeded) {
            QJsonObject d = dosage(repeat, s.asNeededDose);
            d.insert(QStringLiteral("asNeededBoolean"), true);
            if (s.maxPer24h > 0) {
                d.insert(
                    QStringLiteral("maxDosePerPeriod"),
                    QJsonObject {
                        {QStringLiteral("numerator"), quantityJson(s.maxPer24h * s.asNeededDose, s.unit)},
                        {QStringLiteral("denominator"),
                         QJsonObject {{QStringLiteral("value"), 1},
                                      {QStringLiteral("unit"), QStringLiteral("jour")},
                                      {QStringLiteral("system"), QStringLiteral("http://unitsofmeasure.org")},
                                      {QStringLiteral("code"), QStringLiteral("d")}}}});
            }
            out.append(d);
            continue;
        }
        // One Dosage per dose, at the moments that take it (same sequence: concurrent).
        for (const auto& [dose, moments] : byDose(s)) {
            QJsonArray when;
            for (Moment m : moments) {
                when.append(QLatin1String(kWhen[size_t(m)]));
            }
            QJsonObject r = repeat;
            r.insert(QStringLiteral("when"), when);
            out.append(dosage(r, dose));
        }
    }
    return out;
}

Result<Posology> Posology::fromFhir(const QJsonArray& dosageInstruction)
{
    Posology p;
    std::map<int, PosologyStep> bySequence;
    for (const QJsonValue& v : dosageInstruction) {
        const QJsonObject d = v.toObject();
        const int sequence = d.value(QStringLiteral("sequence")).toInt(1);
        PosologyStep& s = bySequence[sequence];
        const QJsonObject repeat
            = d.value(QStringLiteral("timing")).toObject().value(QStringLiteral("repeat")).toObject();
        const QJsonObject dose = d.value(QStringLiteral("doseAndRate"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("doseQuantity"))
                                     .toObject();
        if (dose.isEmpty()) {
            return fail(ErrorCode::InvalidInput, PosologyParser::tr("Posologie FHIR sans dose."),
                        QStringLiteral("dosage without doseQuantity"));
        }
        s.unit = dose.value(QStringLiteral("unit")).toString(s.unit);
        const double value = dose.value(QStringLiteral("value")).toDouble();
        s.durationDays = repeat.value(QStringLiteral("boundsDuration"))
                             .toObject()
                             .value(QStringLiteral("value"))
                             .toInt();
        if (repeat.value(QStringLiteral("periodUnit")).toString() == u"d") {
            s.everyDays = std::max(1, repeat.value(QStringLiteral("period")).toInt(1));
        }
        s.weekdays.clear();
        for (const QJsonValue& day : repeat.value(QStringLiteral("dayOfWeek")).toArray()) {
            for (int k = 0; k < 7; ++k) {
                if (day.toString() == QLatin1String(kDayCodes[k])) {
                    s.weekdays << k + 1;
                }
            }
        }
        s.condition = d.value(QStringLiteral("additionalInstruction"))
                          .toArray()
                          .at(0)
                          .toObject()
                          .value(QStringLiteral("text"))
                          .toString();
        if (d.value(QStringLiteral("asNeededBoolean")).toBool()) {
            s.asNeeded = true;
            s.asNeededDose = value;
            const double max = d.value(QStringLiteral("maxDosePerPeriod"))
                                   .toObject()
                                   .value(QStringLiteral("numerator"))
                                   .toObject()
                                   .value(QStringLiteral("value"))
                                   .toDouble();
            s.maxPer24h = value > 0 ? max / value : 0;
            continue;
        }
        for (const QJsonValue& when : repeat.value(QStringLiteral("when")).toArray()) {
            for (Moment m : allMoments) {
                if (when.toString() == QLatin1String(kWhen[size_t(m)])) {
                    s.perMoment[size_t(m)] = value;
                }
            }
        }
    }
    for (auto& [sequence, step] : bySequence) {
        p.steps.push_back(step);
    }
    p.typed = p.rendered();
    return p;
}

PosologyParser::Outcome PosologyParser::parse(const QString& typed, const QString& defaultUnit)
{
    Outcome out;
    const QString text = typed.toLower();
    Posology p;
    p.typed = typed;
    qsizetype pos = 0;
    const auto refuse = [&](qsizetype start, const QString& message) {
        qsizetype end = start;
        while (end < text.size() && !text[end].isSpace()) {
            ++end;
        }
        out.error = PosologyError {start, std::max<qsizetype>(1, end - start), message};
        out.posology.reset();
        return out;
    };
    static const QString num = QStringLiteral("(\\d+(?:[.,]\\d+)?(?:/\\d+)?|½|¼|¾)");
    static const auto re = [](const QString& pattern) {
        return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
    };
    static const QRegularExpression space(QStringLiteral("[\\s,]+|et\\b\\s*"));
    static const QRegularExpression grid
        = re(QStringLiteral("%1\\s*-\\s*%1\\s*-\\s*%1(?:\\s*-\\s*%1)?").arg(num));
    static const QRegularExpression dose = re(QStringLiteral("%1\\s*([a-zéèû]+)?\\.?").arg(num));
    static const QRegularExpression moment(
        QStringLiteral("(?:le |au |à |a )?(matin|midi|soir|coucher|réveil)"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression asNeeded = re(
        QStringLiteral("si besoin(?:[\\s,]+(?:max(?:imum)?\\.?|au maximum)\\s*%1\\s*(?:/\\s*j(?:our)?|par "
                       "(?:jour|24\\s*h(?:eures)?)|fois par jour))?")
            .arg(num));
    static const QRegularExpression timesPerDay = re(QStringLiteral("(\\d) fois par jour"));
    static const QRegularExpression dayRange = re(QStringLiteral("j\\s*(\\d+)\\s*(?:-|à|a)\\s*j\\s*(\\d+)"));
    static const QRegularExpression during
        = re(QStringLiteral("(?:pendant |durant |x\\s*)?(\\d+)\\s*(jours?|j|semaines?|sem|mois)\\b"));
    static const QRegularExpression oneIn = re(QStringLiteral("(?:1|un) jour sur (\\d+|deux|trois)"));
    static const QRegularExpression every = re(QStringLiteral("tous les (\\d+) jours"));
    static const QRegularExpression monFri = re(QStringLiteral("du lundi au vendredi"));
    static const QRegularExpression weekday
        = re(QStringLiteral("(?:le )?(lun|mar|mer|jeu|ven|sam|dim)[a-z]*\\b"));
    static const QRegularExpression condition
        = re(QStringLiteral("(à jeun|a jeun|au (?:cours du )?repas|pendant le repas|avant le repas|après le "
                            "repas|apres le repas)"));
    static const QRegularExpression then = re(QStringLiteral("puis\\b|;"));
    const auto at = [&text, &pos](const QRegularExpression& r) {
        return r.match(text, pos, QRegularExpression::NormalMatch,
                       QRegularExpression::AnchorAtOffsetMatchOption);
    };
    const auto skip = [&]() {
        for (;;) {
            const auto m = at(space);
            if (!m.hasMatch() || m.capturedLength() == 0) {
                return;
            }
            pos += m.capturedLength();
        }
    };

    skip();
    if (pos >= text.size()) {
        return refuse(0, tr("Posologie vide."));
    }
    while (pos < text.size()) {
        PosologyStep s;
        s.unit = defaultUnit;
        // The dose: a grid of moments, or a quantity (and its unit) followed by its moments.
        bool moments = false;
        double single = 0;
        if (auto g = at(grid); g.hasMatch()) {
            for (int k = 0; k < 4; ++k) {
                if (!g.captured(k + 1).isEmpty()) {
                    s.perMoment[size_t(k)] = parseNumber(g.captured(k + 1)).value_or(0);
                }
            }
            moments = true;
            pos += g.capturedLength();
            static const QRegularExpression unitAfter = re(QStringLiteral("\\s*([a-zéèû]+)\\.?"));
            if (auto u = at(unitAfter); u.hasMatch() && !unitOf(u.captured(1)).isEmpty()) {
                s.unit = unitOf(u.captured(1));
                pos += u.capturedLength();
            }
        } else if (auto d = at(dose); d.hasMatch()) {
            const auto value = parseNumber(d.captured(1));
            if (!value || *value <= 0) {
                return refuse(pos, tr("Dose illisible."));
            }
            single = *value;
            pos += d.capturedLength(1);
            if (!d.captured(2).isEmpty()) {
                const QString unit = unitOf(d.captured(2));
                if (!unit.isEmpty()) {
                    s.unit = unit;
                    pos = d.capturedEnd(0);
                }
            }
        } else {
            return refuse(
                pos,
                tr("Une posologie commence par une dose (« 1 cp ») ou par les prises du jour (« 1-0-1 »)."));
        }
        // What follows, in any order, up to the end or the next step.
        for (;;) {
            skip();
            if (pos >= text.size()) {
                break;
            }
            if (auto m = at(then); m.hasMatch()) {
                pos += m.capturedLength();
                skip();
                break;
            }
            if (auto m = at(asNeeded); m.hasMatch() && !moments) {
                s.asNeeded = true;
                s.asNeededDose = single;
                s.maxPer24h = m.captured(1).isEmpty() ? 0 : parseNumber(m.captured(1)).value_or(0);
                pos += m.capturedLength();
                continue;
            }
            if (auto m = at(timesPerDay); m.hasMatch() && !moments && single > 0) {
                const int n = m.captured(1).toInt();
                if (n < 1 || n > 4) {
                    return refuse(pos, tr("De 1 à 4 prises par jour (matin, midi, soir, coucher)."));
                }
                static const int layout[5][4]
                    = {{0, 0, 0, 0}, {1, 0, 0, 0}, {1, 0, 1, 0}, {1, 1, 1, 0}, {1, 1, 1, 1}};
                for (int k = 0; k < 4; ++k) {
                    s.perMoment[size_t(k)] = layout[n][k] * single;
                }
                moments = true;
                pos += m.capturedLength();
                continue;
            }
            if (auto m = at(moment); m.hasMatch() && !s.asNeeded) {
                if (single <= 0) {
                    return refuse(pos, tr("Les prises sont déjà données par la grille."));
                }
                const QString w = m.captured(1);
                const Moment which = w == u"midi" ? Moment::Noon
                    : w == u"soir"                ? Moment::Evening
                    : w == u"coucher"             ? Moment::Bedtime
                                                  : Moment::Morning;
                s.perMoment[size_t(which)] = single;
                moments = true;
                pos += m.capturedLength();
                continue;
            }
            if (auto m = at(dayRange); m.hasMatch()) {
                const int from = m.captured(1).toInt(), to = m.captured(2).toInt();
                if (from < 1 || to < from) {
                    return refuse(pos, tr("Période illisible : « j1-j7 » va du premier au septième jour."));
                }
                s.durationDays = to - from + 1;
                pos += m.capturedLength();
                continue;
            }
            if (auto m = at(oneIn); m.hasMatch()) {
                const QString n = m.captured(1);
                s.everyDays = n == u"deux" ? 2 : n == u"trois" ? 3 : n.toInt();
                pos += m.capturedLength();
                continue;
            }
            if (auto m = at(every); m.hasMatch()) {
                s.everyDays = std::max(1, m.captured(1).toInt());
                pos += m.capturedLength();
                continue;
            }
            if (auto m = at(monFri); m.hasMatch()) {
                s.weekdays = {1, 2, 3, 4, 5};
                pos += m.capturedLength();
                continue;
            }
            if (auto m = at(weekday); m.hasMatch()) {
                static const QStringList days {QStringLiteral("lun"), QStringLiteral("mar"),
                                               QStringLiteral("mer"), QStringLiteral("jeu"),
                                               QStringLiteral("ven"), QStringLiteral("sam"),
                                               QStringLiteral("dim")};
                const int d = int(days.indexOf(m.captured(1))) + 1;
                if (!s.weekdays.contains(d)) {
                    s.weekdays << d;
                    std::sort(s.weekdays.begin(), s.weekdays.end());
                }
                pos += m.capturedLength();
                continue;
            }
            if (auto m = at(during); m.hasMatch()) {
                const int n = m.captured(1).toInt();
                const QString unit = m.captured(2);
                s.durationDays = unit.startsWith(u"sem") ? n * 7 : unit == u"mois" ? n * 30 : n;
                if (s.durationDays <= 0 || s.durationDays > 3660) {
                    return refuse(pos, tr("Durée illisible."));
                }
                pos += m.capturedLength();
                continue;
            }
            if (auto m = at(condition); m.hasMatch()) {
                QString c = m.captured(1);
                c.replace(QStringLiteral("a jeun"), QStringLiteral("à jeun"));
                c.replace(QStringLiteral("apres"), QStringLiteral("après"));
                s.condition = c;
                pos += m.capturedLength();
                continue;
            }
            return refuse(pos, tr("Partie de la posologie non reconnue."));
        }
        if (!moments && !s.asNeeded) {
            // "1 cp" alone: once a day, in the morning.
            s.perMoment[size_t(Moment::Morning)] = single;
        }
        p.steps.push_back(s);
    }
    out.posology = std::move(p);
    return out;
}

Result<void> PosologyParser::checkForm(const Posology& posology, const QString& pharmaceuticalForm)
{
    const bool scored = pharmaceuticalForm.contains(QStringLiteral("sécable"), Qt::CaseInsensitive);
    for (const PosologyStep& s : posology.steps) {
        if (s.hasFraction() && (s.unit == u"comprimé") && !scored) {
            return fail(
                ErrorCode::InvalidInput,
                tr("Un demi ou un quart de comprimé n'est possible que pour une forme sécable (ici : %1).")
                    .arg(pharmaceuticalForm),
                QStringLiteral("fraction of an unscored form"));
        }
        if (s.hasFraction() && s.unit != u"comprimé" && !invariable(s.unit)) {
            return fail(ErrorCode::InvalidInput,
                        tr("Une fraction de %1 ne se prend pas : seuls les comprimés sécables se partagent.")
                            .arg(s.unit),
                        QStringLiteral("fraction of a unit that cannot be split"));
        }
    }
    return {};
}

} // namespace Officine::Prescribing
