// Structured posology: typed forms → structure → French rendering → FHIR Dosage → back, the
// quantity to dispense, the scored-form rule, and unreadable input that keeps its text.

#include "prescribing/posology.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Officine::Prescribing;

class TestPosology : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedFormsReadRenderCountAndRoundTrip_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("rendered");
        QTest::addColumn<int>("defaultDays");
        QTest::addColumn<int>("quantity");
        QTest::addColumn<int>("dosages"); // FHIR Dosage entries
        QTest::newRow("1-0-1") << QStringLiteral("1-0-1") << QStringLiteral("1 comprimé le matin et le soir")
                               << 30 << 60 << 1;
        QTest::newRow("1-1-1-1") << QStringLiteral("1-1-1-1")
                                 << QStringLiteral("1 comprimé le matin, le midi, le soir et au coucher") << 7
                                 << 28 << 1;
        QTest::newRow("half, j1-j7") << QStringLiteral("1/2-0-0 j1-j7")
                                     << QStringLiteral("½ comprimé le matin pendant 7 jours") << 0 << 4 << 1;
        QTest::newRow("two doses") << QStringLiteral("1-0-½")
                                   << QStringLiteral("1 comprimé le matin et ½ comprimé le soir") << 10 << 15
                                   << 2;
        QTest::newRow("si besoin") << QStringLiteral("1 cp si besoin max 3/j")
                                   << QStringLiteral("1 comprimé si besoin, au maximum 3 par 24 heures") << 5
                                   << 15 << 1;
        QTest::newRow("words") << QStringLiteral("1 cp matin et soir pendant 10 jours")
                               << QStringLiteral("1 comprimé le matin et le soir pendant 10 jours") << 0 << 20
                               << 1;
        QTest::newRow("one day in two")
            << QStringLiteral("2 gél le soir 1 jour sur 2")
            << QStringLiteral("2 gélules le soir un jour sur deux") << 30 << 30 << 1;
        QTest::newRow("weekdays") << QStringLiteral(
            "1 cp lun mer ven") << QStringLiteral("1 comprimé le matin le lundi, le mercredi et le vendredi")
                                  << 28 << 12 << 1;
        // The HAS examples of the ANS IG (domain.md §6): amiodarone Mon–Fri for a month…
        QTest::newRow("amiodarone") << QStringLiteral("1 cp du lundi au vendredi pendant 1 mois")
                                    << QStringLiteral(
                                           "1 comprimé le matin du lundi au vendredi pendant 30 jours")
                                    << 0 << 22 << 1;
        // …and a prednisolone taper, one step after another.
        QTest::newRow("taper") << QStringLiteral(
            "40 mg le matin pendant 7 jours puis 20 mg le matin pendant 7 jours "
            "puis 10 mg le matin 7j")
                               << QStringLiteral(
                                      "40 mg le matin pendant 7 jours, puis 20 mg le matin pendant 7 jours, "
                                      "puis 10 mg le matin pendant 7 jours")
                               << 0 << 490 << 3;
        QTest::newRow("times a day") << QStringLiteral("1 sachet 3 fois par jour à jeun 2 semaines")
                                     << QStringLiteral(
                                            "1 sachet le matin, le midi et le soir à jeun pendant 2 semaines")
                                     << 0 << 42 << 1;
        QTest::newRow("bedtime") << QStringLiteral("1 cp au coucher")
                                 << QStringLiteral("1 comprimé au coucher") << 30 << 30 << 1;
    }
    void typedFormsReadRenderCountAndRoundTrip()
    {
        QFETCH(QString, typed);
        QFETCH(QString, rendered);
        QFETCH(int, defaultDays);
        QFETCH(int, quantity);
        QFETCH(int, dosages);
        const auto read = PosologyParser::parse(typed);
        QVERIFY2(read.posology, read.error ? qPrintable(read.error->message) : "");
        QCOMPARE(read.posology->typed, typed);
        QCOMPARE(read.posology->rendered(), rendered);
        QCOMPARE(int(read.posology->quantity(defaultDays)), quantity);
        // FHIR and back: the same structure, the same rendering.
        const QJsonArray fhir = read.posology->toFhir();
        QCOMPARE(fhir.size(), dosages);
        for (const QJsonValue& d : fhir) {
            QVERIFY(d.toObject().contains(QStringLiteral("timing")));
            QVERIFY(d.toObject().value(QStringLiteral("doseAndRate")).toArray().size() == 1);
            QVERIFY(!d.toObject().value(QStringLiteral("text")).toString().isEmpty());
        }
        auto back = Posology::fromFhir(fhir);
        QVERIFY(back);
        QCOMPARE(back->steps.size(), read.posology->steps.size());
        QVERIFY(*back == *read.posology);
        QCOMPARE(back->rendered(), rendered);
    }

    void expandsIntoTheIntakesOfEachDay()
    {
        const QDate monday(2026, 11, 30);
        const auto taper
            = PosologyParser::parse(QStringLiteral("1-0-1 pendant 2 jours puis ½-0-0 pendant 2 jours"));
        QVERIFY(taper.posology);
        const auto intakes = taper.posology->intakes(monday);
        const std::vector<Intake> expected {
            {monday, Moment::Morning, 1, QStringLiteral("comprimé"), 0},
            {monday, Moment::Evening, 1, QStringLiteral("comprimé"), 0},
            {monday.addDays(1), Moment::Morning, 1, QStringLiteral("comprimé"), 0},
            {monday.addDays(1), Moment::Evening, 1, QStringLiteral("comprimé"), 0},
            {monday.addDays(2), Moment::Morning, 0.5, QStringLiteral("comprimé"), 1},
            {monday.addDays(3), Moment::Morning, 0.5, QStringLiteral("comprimé"), 1},
        };
        QVERIFY(intakes == expected);
        // Mon–Fri for 14 days: ten mornings, none on a weekend.
        const auto weekdays
            = PosologyParser::parse(QStringLiteral("1 cp du lundi au vendredi pendant 14 jours"));
        const auto w = weekdays.posology->intakes(monday);
        QCOMPARE(w.size(), size_t(10));
        for (const Intake& i : w) {
            QVERIFY(i.date.dayOfWeek() <= 5);
        }
        // One day in two, from the first day; "si besoin" schedules nothing.
        const auto alternate
            = PosologyParser::parse(QStringLiteral("1 cp le soir 1 jour sur 2 pendant 5 jours"));
        const auto a = alternate.posology->intakes(monday);
        QCOMPARE(a.size(), size_t(3));
        QCOMPARE(a.at(1).date, monday.addDays(2));
        QVERIFY(PosologyParser::parse(QStringLiteral("1 cp si besoin max 3/j"))
                    .posology->intakes(monday, 30)
                    .empty());
        // A year of 1-1-1-1: 1,460 intakes, the quantity agrees.
        const auto year = PosologyParser::parse(QStringLiteral("1-1-1-1 pendant 365 jours"));
        QCOMPARE(year.posology->intakes(monday).size(), size_t(1460));
        QCOMPARE(int(year.posology->quantity()), 1460);
    }

    void fhirDosageHasTheFrCoreShape()
    {
        const auto read = PosologyParser::parse(QStringLiteral("1 cp du lundi au vendredi pendant 1 mois"));
        QVERIFY(read.posology);
        const QJsonObject d = read.posology->toFhir().at(0).toObject();
        const QJsonObject repeat
            = d.value(QStringLiteral("timing")).toObject().value(QStringLiteral("repeat")).toObject();
        QCOMPARE(repeat.value(QStringLiteral("when")).toArray(), QJsonArray {QStringLiteral("MORN")});
        QCOMPARE(repeat.value(QStringLiteral("dayOfWeek")).toArray(),
                 QJsonArray({QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                             QStringLiteral("thu"), QStringLiteral("fri")}));
        QCOMPARE(repeat.value(QStringLiteral("boundsDuration"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("d"));
        const QJsonObject dose = d.value(QStringLiteral("doseAndRate"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("doseQuantity"))
                                     .toObject();
        QCOMPARE(dose.value(QStringLiteral("system")).toString(),
                 QStringLiteral("http://standardterms.edqm.eu"));
        QCOMPARE(dose.value(QStringLiteral("code")).toString(), QStringLiteral("15054000"));
        QCOMPARE(d.value(QStringLiteral("sequence")).toInt(), 1);
        const auto prn = PosologyParser::parse(QStringLiteral("1 cp si besoin max 3/j"));
        const QJsonObject p = prn.posology->toFhir().at(0).toObject();
        QVERIFY(p.value(QStringLiteral("asNeededBoolean")).toBool());
        QCOMPARE(p.value(QStringLiteral("maxDosePerPeriod"))
                     .toObject()
                     .value(QStringLiteral("numerator"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toDouble(),
                 3.0);
    }

    void everyDosageIsValidFhirR4()
    {
        // One MedicationRequest per typed form of the table, checked by the independent R4
        // JSON-schema validator (tests/fhir, as the patient export is).
        const QString schema = qEnvironmentVariable("OFFICINE_FHIR_SCHEMA");
        QVERIFY2(QFileInfo::exists(schema),
                 "OFFICINE_FHIR_SCHEMA must name the R4 schema (tests/fhir/fetch-schema.sh)");
        QTemporaryDir dir;
        QStringList files;
        const QStringList typed {
            QStringLiteral("1-0-1"),
            QStringLiteral("1/2-0-0 j1-j7"),
            QStringLiteral("1-0-½"),
            QStringLiteral("1 cp si besoin max 3/j"),
            QStringLiteral("2 gél le soir 1 jour sur 2"),
            QStringLiteral("1 cp du lundi au vendredi pendant 1 mois"),
            QStringLiteral("40 mg le matin pendant 7 jours puis 20 mg le matin pendant 7 jours"),
            QStringLiteral("1 sachet 3 fois par jour à jeun 2 semaines")};
        for (int i = 0; i < typed.size(); ++i) {
            const auto read = PosologyParser::parse(typed.at(i));
            QVERIFY(read.posology);
            const QJsonObject request {
                {QStringLiteral("resourceType"), QStringLiteral("MedicationRequest")},
                {QStringLiteral("status"), QStringLiteral("active")},
                {QStringLiteral("intent"), QStringLiteral("order")},
                {QStringLiteral("subject"),
                 QJsonObject {{QStringLiteral("reference"), QStringLiteral("Patient/1")}}},
                {QStringLiteral("medicationCodeableConcept"),
                 QJsonObject {{QStringLiteral("text"), QStringLiteral("PARACÉTAMOL 500 mg, comprimé")}}},
                {QStringLiteral("dosageInstruction"), read.posology->toFhir()}};
            const QString path = dir.filePath(QStringLiteral("request%1.json").arg(i));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(request).toJson());
            f.close();
            files << path;
        }
        QProcess p;
        p.start(QStringLiteral("python3"),
                QStringList {QStringLiteral(OFFICINE_SOURCE_DIR "/tests/fhir/validate_fhir.py"), schema}
                    + files);
        QVERIFY(p.waitForFinished(120000));
        const QByteArray said = p.readAllStandardOutput() + p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0, said.constData());
        // A broken one is caught (the validator is not a rubber stamp).
        QJsonArray broken = PosologyParser::parse(QStringLiteral("1-0-1")).posology->toFhir();
        QJsonObject d = broken.at(0).toObject();
        d.insert(QStringLiteral("sequence"), QStringLiteral("un"));
        broken[0] = d;
        const QString bad = dir.filePath(QStringLiteral("broken.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(
                    QJsonObject {{QStringLiteral("resourceType"), QStringLiteral("MedicationRequest")},
                                 {QStringLiteral("status"), QStringLiteral("active")},
                                 {QStringLiteral("intent"), QStringLiteral("order")},
                                 {QStringLiteral("subject"),
                                  QJsonObject {{QStringLiteral("reference"), QStringLiteral("Patient/1")}}},
                                 {QStringLiteral("dosageInstruction"), broken}})
                    .toJson());
        f.close();
        QProcess q;
        q.start(
            QStringLiteral("python3"),
            QStringList {QStringLiteral(OFFICINE_SOURCE_DIR "/tests/fhir/validate_fhir.py"), schema, bad});
        QVERIFY(q.waitForFinished(120000));
        QCOMPARE(q.exitCode(), 1);
    }

    void unreadableInputKeepsItsTextAndSaysWhere_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("length");
        QTest::newRow("word") << QStringLiteral("1-0-1 pendant les repas de fête") << 6 << 7;
        QTest::newRow("no dose") << QStringLiteral("le matin") << 0 << 2;
        QTest::newRow("empty") << QStringLiteral("   ") << 0 << 1;
        QTest::newRow("days backwards") << QStringLiteral("1 cp j7-j1") << 5 << 5;
        QTest::newRow("five a day") << QStringLiteral("1 cp 5 fois par jour") << 5 << 1;
        QTest::newRow("zero dose") << QStringLiteral("0 cp le matin") << 0 << 1;
    }
    void unreadableInputKeepsItsTextAndSaysWhere()
    {
        QFETCH(QString, typed);
        QFETCH(int, start);
        QFETCH(int, length);
        const auto read = PosologyParser::parse(typed);
        QVERIFY(!read.posology);
        QVERIFY(read.error);
        QCOMPARE(int(read.error->start), start);
        QCOMPARE(int(read.error->length), length);
        QVERIFY(!read.error->message.isEmpty());
    }

    void aHalfOnlyForAScoredForm()
    {
        const auto half = PosologyParser::parse(QStringLiteral("1/2-0-1/2"));
        QVERIFY(half.posology);
        QVERIFY(PosologyParser::checkForm(*half.posology, QStringLiteral("comprimé sécable")));
        auto refused = PosologyParser::checkForm(*half.posology, QStringLiteral("comprimé pelliculé"));
        QVERIFY(!refused);
        QVERIFY(refused.error().userText.contains(QStringLiteral("sécable")));
        const auto capsule = PosologyParser::parse(QStringLiteral("½ gél le soir"));
        QVERIFY(capsule.posology);
        QVERIFY(!PosologyParser::checkForm(*capsule.posology, QStringLiteral("gélule")));
        const auto whole = PosologyParser::parse(QStringLiteral("1-0-1"));
        QVERIFY(PosologyParser::checkForm(*whole.posology, QStringLiteral("comprimé pelliculé")));
        // Milligrams are not split tablets.
        const auto mg = PosologyParser::parse(QStringLiteral("2,5 mg le matin"));
        QVERIFY(mg.posology);
        QVERIFY(PosologyParser::checkForm(*mg.posology, QStringLiteral("comprimé")));
        QCOMPARE(mg.posology->rendered(), QStringLiteral("2,5 mg le matin"));
    }
};

QTEST_GUILESS_MAIN(TestPosology)
#include "test_posology.moc"
