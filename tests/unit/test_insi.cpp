// The INSi client (patients issue, §2) against tools/insisimulator, a separate process answering
// the teleservice's SOAP messages: each answer shape (one identity, none, several, a
// verification confirmed or not, the carte Vitale), what the file becomes (récupérée,
// qualifiée, differences kept in its history, exact audit entries), and what goes wrong: the
// service down, a refused port, a timeout, an answer that is not the documented one, a card
// the service does not trust, a card pulled before it signs.

#include "commands/commandexecutor.h"
#include "commands/patientcommands.h"
#include "identity/identityvigilance.h"
#include "identity/nir.h"
#include "insi/insiclient.h"
#include "storage/patienthistory.h"
#include "storage/patientrepository.h"
#include "testpki.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <openssl/evp.h>

using namespace Officine;
using namespace Officine::Commands;
using Model::BirthDate;
using Model::IdentityStatus;
using Model::Patient;
using Officine::Tools::TestPki;

namespace {

const QString kTestOid = QStringLiteral("1.2.250.1.213.1.4.10");

QJsonObject personJson(const char* matricule, const char* name, const char* given, const char* sex,
                       const char* born, const char* place)
{
    return QJsonObject {{QStringLiteral("matricule"), QString::fromLatin1(matricule)},
                        {QStringLiteral("oid"), kTestOid},
                        {QStringLiteral("birthName"), QString::fromLatin1(name)},
                        {QStringLiteral("givenNames"), QString::fromLatin1(given)},
                        {QStringLiteral("sex"), QString::fromLatin1(sex)},
                        {QStringLiteral("birthDate"), QString::fromLatin1(born)},
                        {QStringLiteral("birthPlace"), QString::fromLatin1(place)}};
}

Patient typed(const QString& family, const QString& given, BirthDate born, Model::Sex sex)
{
    Patient p;
    p.birthFamilyName = family;
    p.givenNames = given;
    p.sex = sex;
    p.birthDate = born;
    return p;
}

} // namespace

class TestInsi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SystemClock m_clock; // the simulator checks the assertion's time against its own clock
    TestPki::Issued m_root, m_ca, m_pharmacist, m_otherRoot, m_otherCa, m_stranger;
    std::unique_ptr<QProcess> m_simulator, m_downSimulator;
    QUrl m_url, m_downUrl;
    std::unique_ptr<Storage::Store> m_store;
    std::unique_ptr<CommandExecutor> m_executor;
    int m_n = 0;

    Actor as(Auth::Role role)
    {
        return Actor {
            role == Auth::Role::Preparateur ? QStringLiteral("acct-tech") : QStringLiteral("acct-ph"),
            QStringLiteral("Hugo ESSAI"), QStringLiteral("810012345673"), Auth::permissionsOf(role)};
    }

    std::unique_ptr<QProcess> startSimulator(const QStringList& extra, QUrl* url)
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QStringLiteral(OFFICINE_INSI_SIMULATOR),
                 QStringList {QStringLiteral("--persons"), m_dir.filePath(QStringLiteral("persons.json")),
                              QStringLiteral("--trust"), m_dir.filePath(QStringLiteral("trust.pem"))}
                     + extra);
        if (!p->waitForStarted(5000)) {
            return nullptr;
        }
        QByteArray line;
        for (int i = 0; i < 100 && !line.contains('\n'); ++i) {
            p->waitForReadyRead(100);
            line += p->readAll();
        }
        const QList<QByteArray> words = line.trimmed().split(' ');
        if (words.size() != 2 || words.first() != "listening") {
            return nullptr;
        }
        *url = QUrl(QStringLiteral("http://127.0.0.1:%1/insi").arg(QString::fromLatin1(words.at(1))));
        return p;
    }

    Insi::Caller caller(const TestPki::Issued& card)
    {
        Insi::Caller c;
        c.idNatPs = QStringLiteral("810012345673");
        c.displayName = QStringLiteral("Hugo ESSAI");
        c.structureFiness = QStringLiteral("750000001");
        c.certificate = [card]() -> Result<QByteArray> { return card.certificateDer(); };
        c.sign = [card](const QByteArray& payload) -> Result<QByteArray> {
            return TestPki::sign(card, payload);
        };
        return c;
    }

    Result<Insi::Answer> ask(const QUrl& url, const Insi::Request& request, Insi::Caller who,
                             int timeoutMs = 10000)
    {
        Insi::ClientOptions options;
        options.url = url;
        options.timeoutMs = timeoutMs;
        options.software.version = QStringLiteral("0.1.0");
        options.software.instance = QStringLiteral("poste-test");
        Insi::HttpTeleservice service(options, m_clock);
        std::optional<Result<Insi::Answer>> got;
        QObject context;
        service.query(request, std::move(who), &context, [&](Result<Insi::Answer> r) { got = std::move(r); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000); }();
        if (!got) {
            return fail(ErrorCode::Internal, QStringLiteral("no answer"));
        }
        return *got;
    }

    Result<Insi::Answer> ask(const Insi::Request& request)
    {
        return ask(m_url, request, caller(m_pharmacist));
    }

    void freshStore()
    {
        m_executor.reset();
        m_store = Test::openStore(m_dir.filePath(QStringLiteral("insi-%1.db").arg(++m_n)), Test::testKey());
        QVERIFY(m_store);
        QVERIFY(m_store->setMeta(QStringLiteral("ins_environment"), QStringLiteral("test")));
        m_executor = std::make_unique<CommandExecutor>(*m_store, m_clock);
        m_executor->setActor(as(Auth::Role::Pharmacien));
    }

    QString create(Patient p)
    {
        CreatePatientCommand c(std::move(p), m_clock.today());
        c.setDuplicatesReviewed(true);
        auto r = m_executor->execute(c);
        return r ? c.patient().meta.uuid : QString();
    }

    Patient stored(const QString& uuid) { return *Storage::PatientRepository(*m_store).get(uuid); }

    Result<void> record(const QString& uuid, const Insi::Request& request, const Insi::Answer& answer,
                        bool adopted = true)
    {
        RecordInsiResultCommand c(uuid, stored(uuid).meta.revision, request, answer);
        c.setAdopted(adopted);
        return m_executor->execute(c);
    }

    qint64 count(const QString& sql)
    {
        auto n = m_store->scalar(sql);
        return n ? *n : -1;
    }
    qint64 insiAudits(const QString& outcome)
    {
        return count(QStringLiteral("SELECT count(*) FROM audit_entry WHERE detail LIKE "
                                    "'command=patient.insi;%outcome=%1' AND outcome = 'success'")
                         .arg(outcome));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QDateTime now = m_clock.now();
        m_root = TestPki::makeRoot(QStringLiteral("AC RACINE TEST"), now);
        m_ca = TestPki::makeIntermediate(QStringLiteral("AC PERSONNES TEST"), m_root, now);
        m_otherRoot = TestPki::makeRoot(QStringLiteral("AC RACINE PIRATE"), now);
        m_otherCa = TestPki::makeIntermediate(QStringLiteral("AC PERSONNES PIRATE"), m_otherRoot, now);
        TestPki::HolderSpec spec;
        spec.idNatPs = QStringLiteral("810012345673");
        spec.familyName = QStringLiteral("Essai");
        spec.givenName = QStringLiteral("Hugo");
        spec.notBefore = now.addDays(-10);
        spec.notAfter = now.addDays(1000);
        m_pharmacist = TestPki::makeHolder(spec, m_ca, 501);
        m_stranger = TestPki::makeHolder(spec, m_otherCa, 502);
        QFile trust(m_dir.filePath(QStringLiteral("trust.pem")));
        QVERIFY(trust.open(QIODevice::WriteOnly));
        trust.write(m_root.certificatePem() + m_ca.certificatePem());
        trust.close();

        QJsonArray persons;
        persons << personJson("297022A02077878", "ADRTROIS", "DOMINIQUE", "F", "1997-02-26", "2A020");
        persons << personJson("236066322083656", "TCHITCHI", "CATARINA BELLA", "F", "1936-06-21", "63220");
        persons << personJson("250019935012477", "MARTIN", "MARIE", "F", "1950-01-15", "99350");
        persons << personJson("250019935012576", "MARTIN", "MARIE CLAIRE", "F", "1950-01-15", "99350");
        QJsonObject child = personJson("203126912304570", "LEFEBVRE", "LEA", "F", "2003-12-15", "69123");
        child.insert(QStringLiteral("vitale"),
                     QJsonObject {{QStringLiteral("holderNir"), QStringLiteral("1500175112001")},
                                  {QStringLiteral("birthDate"), QStringLiteral("20031215")},
                                  {QStringLiteral("rank"), 1}});
        child.insert(QStringLiteral("history"), QJsonArray {QStringLiteral("203126912304471")});
        persons << child;
        QFile file(m_dir.filePath(QStringLiteral("persons.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(persons).toJson());
        file.close();

        m_simulator = startSimulator({}, &m_url);
        QVERIFY2(m_simulator, "the INSi simulator did not start");
        m_downSimulator = startSimulator({QStringLiteral("--down")}, &m_downUrl);
        QVERIFY(m_downSimulator);
    }

    void cleanupTestCase()
    {
        for (auto* p : {m_simulator.get(), m_downSimulator.get()}) {
            if (p) {
                p->kill();
                p->waitForFinished(3000);
            }
        }
    }

    void init() { freshStore(); }

    // --- Answer shapes ------------------------------------------------------------------------

    void foundByTraitsThenAdoptedIsRecuperee()
    {
        // As typed at the counter: mixed case, no birth place.
        const QString uuid = create(typed(QStringLiteral("Adrtrois"), QStringLiteral("Dominique"),
                                          BirthDate(1997, 2, 26), Model::Sex::Female));
        QVERIFY(!uuid.isEmpty());
        const auto request = Insi::Request::fromPatient(Insi::Operation::Traits, stored(uuid));
        auto answer = ask(request);
        QVERIFY2(answer, qPrintable(answer ? QString() : answer.error().logText));
        QCOMPARE(answer->outcome, Insi::Outcome::Found);
        QCOMPARE(answer->code, QStringLiteral("00"));
        QVERIFY(answer->identity);
        QCOMPARE(answer->identity->matricule, QStringLiteral("297022A02077878"));
        QCOMPARE(answer->identity->oid, kTestOid);
        QCOMPARE(answer->identity->traits.birthPlaceCode, QStringLiteral("2A020"));
        QCOMPARE(answer->identity->traits.firstGivenName, QStringLiteral("DOMINIQUE"));
        QVERIFY(!answer->messageId.isEmpty());

        // Field by field: only the birth place differs (names compare without case).
        const auto differences
            = Identity::Vigilance::compareTraits(stored(uuid).traits(), answer->identity->traits);
        QCOMPARE(differences.size(), std::size_t(1));
        QCOMPARE(differences.front().field, QStringLiteral("birth_place_code"));

        // Not adopted (the user does not recognise the person): the query is audited, the file
        // stays as it was.
        const qint64 revision = stored(uuid).meta.revision;
        QVERIFY(record(uuid, request, *answer, false));
        QCOMPARE(stored(uuid).meta.revision, revision);
        QCOMPARE(stored(uuid).identityStatus, IdentityStatus::Provisoire);
        QCOMPARE(insiAudits(QStringLiteral("found adopted=no")), 1);

        QVERIFY(record(uuid, request, *answer));
        const Patient p = stored(uuid);
        QCOMPARE(p.identityStatus, IdentityStatus::Recuperee);
        QCOMPARE(p.nir, QStringLiteral("297022A02077878"));
        QCOMPARE(p.insOid, kTestOid);
        QCOMPARE(p.birthFamilyName, QStringLiteral("ADRTROIS"));
        QCOMPARE(p.birthPlaceCode, QStringLiteral("2A020"));
        QCOMPARE(p.insi.operation, QStringLiteral("traits"));
        QCOMPARE(p.insi.by, QStringLiteral("acct-ph"));
        QCOMPARE(insiAudits(QStringLiteral("found adopted=yes")), 1);

        // The history keeps what was typed, source INSi.
        const auto history = *Storage::PatientHistory(*m_store).list(uuid);
        const auto entry = std::find_if(history.begin(), history.end(),
                                        [](const auto& h) { return h.kind == QLatin1StringView("insi"); });
        QVERIFY(entry != history.end());
        QCOMPARE(entry->source, QStringLiteral("insi"));
        bool sawName = false;
        for (const auto& c : entry->changes) {
            if (c.field == QLatin1StringView("birth_family_name")) {
                QCOMPARE(c.before, QStringLiteral("Adrtrois"));
                QCOMPARE(c.after, QStringLiteral("ADRTROIS"));
                sawName = true;
            }
        }
        QVERIFY(sawName);

        // A document check then makes it qualifiée.
        QVERIFY(m_executor->execute(*std::make_unique<RecordIdentityDocumentCommand>(
            uuid, stored(uuid).meta.revision, QStringLiteral("CN"))));
        QCOMPARE(stored(uuid).identityStatus, IdentityStatus::Qualifiee);
    }

    void documentFirstThenInsiIsQualifiee()
    {
        const QString uuid = create(typed(QStringLiteral("Tchitchi"), QStringLiteral("Catarina Bella"),
                                          BirthDate(1936, 6, 21), Model::Sex::Female));
        RecordIdentityDocumentCommand doc(uuid, stored(uuid).meta.revision, QStringLiteral("PA"));
        QVERIFY(m_executor->execute(doc));
        QCOMPARE(stored(uuid).identityStatus, IdentityStatus::Validee);
        const auto request = Insi::Request::fromPatient(Insi::Operation::Traits, stored(uuid));
        auto answer = ask(request);
        QVERIFY(answer);
        QCOMPARE(answer->outcome, Insi::Outcome::Found);
        QVERIFY(record(uuid, request, *answer));
        QCOMPARE(stored(uuid).identityStatus, IdentityStatus::Qualifiee);
        QVERIFY(stored(uuid).document.isRecorded());
    }

    void noIdentityLeavesTheFileAsItWas()
    {
        const QString uuid = create(typed(QStringLiteral("Inconnue"), QStringLiteral("Sophie"),
                                          BirthDate(1980, 5, 4), Model::Sex::Female));
        const Patient before = stored(uuid);
        const auto request = Insi::Request::fromPatient(Insi::Operation::Traits, before);
        auto answer = ask(request);
        QVERIFY(answer);
        QCOMPARE(answer->outcome, Insi::Outcome::NotFound);
        QCOMPARE(answer->code, QStringLiteral("01"));
        QVERIFY(!answer->identity);
        QVERIFY(!Insi::outcomeText(answer->outcome).isEmpty());
        QVERIFY(record(uuid, request, *answer));
        QCOMPARE(stored(uuid).meta.revision, before.meta.revision);
        QCOMPARE(stored(uuid).identityStatus, IdentityStatus::Provisoire);
        QCOMPARE(insiAudits(QStringLiteral("not_found")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM patient_history WHERE kind = 'insi'")), 0);
    }

    void severalIdentitiesAskForMoreTraits()
    {
        const QString uuid = create(typed(QStringLiteral("Martin"), QStringLiteral("Marie"),
                                          BirthDate(1950, 1, 15), Model::Sex::Female));
        const auto request = Insi::Request::fromPatient(Insi::Operation::Traits, stored(uuid));
        auto answer = ask(request);
        QVERIFY(answer);
        QCOMPARE(answer->outcome, Insi::Outcome::Several);
        QCOMPARE(answer->code, QStringLiteral("02"));
        QVERIFY(record(uuid, request, *answer));
        QCOMPARE(stored(uuid).identityStatus, IdentityStatus::Provisoire);
        QCOMPARE(insiAudits(QStringLiteral("several")), 1);
    }

    void carteVitaleFindsTheBeneficiary()
    {
        const QString uuid = create(typed(QStringLiteral("Lefebvre"), QStringLiteral("Léa"),
                                          BirthDate(2003, 12, 15), Model::Sex::Female));
        Insi::Request request;
        request.operation = Insi::Operation::Vitale;
        request.vitale = {QStringLiteral("1500175112001"), QStringLiteral("20031215"), 1};
        auto answer = ask(request);
        QVERIFY2(answer, qPrintable(answer ? QString() : answer.error().logText));
        QCOMPARE(answer->outcome, Insi::Outcome::Found);
        QCOMPARE(answer->identity->matricule, QStringLiteral("203126912304570"));
        QCOMPARE(answer->identity->previousMatricules, QStringList {QStringLiteral("203126912304471")});
        // "Léa" typed, "LEA" returned: the same trait.
        const auto diffs
            = Identity::Vigilance::compareTraits(stored(uuid).traits(), answer->identity->traits);
        QCOMPARE(diffs.size(), std::size_t(1)); // the birth place only
        QVERIFY(record(uuid, request, *answer));
        QCOMPARE(stored(uuid).insi.operation, QStringLiteral("vitale"));
        QCOMPARE(stored(uuid).identityStatus, IdentityStatus::Recuperee);

        // Another beneficiary rank on the same card: no identity.
        request.vitale.birthRank = 2;
        auto other = ask(request);
        QVERIFY(other);
        QCOMPARE(other->outcome, Insi::Outcome::NotFound);
    }

    void verificationConfirmsOrWithdraws()
    {
        Patient p = typed(QStringLiteral("TCHITCHI"), QStringLiteral("CATARINA BELLA"),
                          BirthDate(1936, 6, 21), Model::Sex::Female);
        p.birthPlaceCode = QStringLiteral("63220");
        p.nir = QStringLiteral("236066322083656");
        p.insOid = kTestOid;
        const QString uuid = create(p);
        QVERIFY(!uuid.isEmpty());
        auto request = Insi::Request::fromPatient(Insi::Operation::Verify, stored(uuid));
        auto answer = ask(request);
        QVERIFY2(answer, qPrintable(answer ? QString() : answer.error().logText));
        QCOMPARE(answer->outcome, Insi::Outcome::Verified);
        QVERIFY(record(uuid, request, *answer));
        QCOMPARE(stored(uuid).identityStatus, IdentityStatus::Recuperee);
        QCOMPARE(stored(uuid).insi.operation, QStringLiteral("verify"));

        // A verification of a trait the national base does not hold: not confirmed, the earlier
        // result stops counting.
        request.traits.birthPlaceCode = QStringLiteral("75115");
        auto refused = ask(request);
        QVERIFY(refused);
        QCOMPARE(refused->outcome, Insi::Outcome::NotVerified);
        QVERIFY(record(uuid, request, *refused));
        QCOMPARE(stored(uuid).identityStatus, IdentityStatus::Provisoire);
        QVERIFY(!stored(uuid).insi.isRecorded());
        QCOMPARE(insiAudits(QStringLiteral("verified")), 1);
        QCOMPARE(insiAudits(QStringLiteral("not_verified")), 1);
    }

    void verificationOfAFileChangedMeanwhileIsRefused()
    {
        Patient p = typed(QStringLiteral("TCHITCHI"), QStringLiteral("CATARINA BELLA"),
                          BirthDate(1936, 6, 21), Model::Sex::Female);
        p.birthPlaceCode = QStringLiteral("63220");
        p.nir = QStringLiteral("236066322083656");
        p.insOid = kTestOid;
        const QString uuid = create(p);
        auto request = Insi::Request::fromPatient(Insi::Operation::Verify, stored(uuid));
        auto answer = ask(request);
        QVERIFY(answer);
        request.traits.givenNames = QStringLiteral("CATARINA"); // not what the file holds
        RecordInsiResultCommand c(uuid, stored(uuid).meta.revision, request, *answer);
        auto r = m_executor->execute(c);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Conflict);
    }

    void anInsHeldByAnotherFileIsRefused()
    {
        Patient holder = typed(QStringLiteral("ADRTROIS"), QStringLiteral("DOMINIQUE"),
                               BirthDate(1997, 2, 26), Model::Sex::Female);
        holder.nir = QStringLiteral("297022A02077878");
        holder.insOid = kTestOid;
        holder.birthPlaceCode = QStringLiteral("2A020");
        QVERIFY(!create(holder).isEmpty());
        const QString uuid = create(typed(QStringLiteral("Adrtrois"), QStringLiteral("Dominique"),
                                          BirthDate(1997, 2, 26), Model::Sex::Female));
        const auto request = Insi::Request::fromPatient(Insi::Operation::Traits, stored(uuid));
        auto answer = ask(request);
        QVERIFY(answer);
        auto r = record(uuid, request, *answer);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::DuplicateIdentity);
        QVERIFY(stored(uuid).nir.isEmpty());
    }

    // --- Rules of the command -----------------------------------------------------------------

    void technicianIsRefusedAndAudited()
    {
        const QString uuid = create(typed(QStringLiteral("Adrtrois"), QStringLiteral("Dominique"),
                                          BirthDate(1997, 2, 26), Model::Sex::Female));
        const auto request = Insi::Request::fromPatient(Insi::Operation::Traits, stored(uuid));
        auto answer = ask(request);
        QVERIFY(answer);
        m_executor->setActor(as(Auth::Role::Preparateur));
        auto r = record(uuid, request, *answer);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM audit_entry WHERE detail LIKE 'command=patient.insi%' "
                                 "AND outcome = 'refused'")),
            1);
        QCOMPARE(stored(uuid).identityStatus, IdentityStatus::Provisoire);
    }

    void restrictedFileIsRefused()
    {
        const QString uuid = create(typed(QStringLiteral("Adrtrois"), QStringLiteral("Dominique"),
                                          BirthDate(1997, 2, 26), Model::Sex::Female));
        SetRestrictionCommand restrict(uuid, true, QStringLiteral("Demande du patient"));
        QVERIFY(m_executor->execute(restrict));
        const auto request = Insi::Request::fromPatient(Insi::Operation::Traits, stored(uuid));
        auto answer = ask(request);
        QVERIFY(answer);
        QVERIFY(!record(uuid, request, *answer));
        QVERIFY(stored(uuid).nir.isEmpty());
    }

    void incompleteTraitsAreRefusedBeforeSending()
    {
        Patient p = typed(QStringLiteral("Adrtrois"), QStringLiteral("Dominique"), BirthDate(1997, 0, 0),
                          Model::Sex::Female);
        auto r = ask(Insi::Request::fromPatient(Insi::Operation::Traits, p));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY(r.error().userText.contains(QStringLiteral("carte Vitale")));
        p.birthDate = BirthDate(1997, 2, 26);
        p.sex = Model::Sex::Unknown;
        r = ask(Insi::Request::fromPatient(Insi::Operation::Traits, p));
        QVERIFY(!r);
        QVERIFY(r.error().userText.contains(QStringLiteral("sexe")));
    }

    // --- What goes wrong ----------------------------------------------------------------------

    void serviceDownKeepsTheFileProvisoire()
    {
        const QString uuid = create(typed(QStringLiteral("Adrtrois"), QStringLiteral("Dominique"),
                                          BirthDate(1997, 2, 26), Model::Sex::Female));
        const Patient before = stored(uuid);
        auto r = ask(m_downUrl, Insi::Request::fromPatient(Insi::Operation::Traits, before),
                     caller(m_pharmacist));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::TeleserviceUnavailable);
        QVERIFY(r.error().userText.contains(QStringLiteral("provisoire")));
        QCOMPARE(stored(uuid).meta.revision, before.meta.revision);
        QCOMPARE(stored(uuid).identityStatus, IdentityStatus::Provisoire);
    }

    void refusedPortIsUnavailable()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        auto r = ask(QUrl(QStringLiteral("http://127.0.0.1:%1/insi").arg(port)),
                     Insi::Request::fromPatient(Insi::Operation::Traits,
                                                typed(QStringLiteral("A"), QStringLiteral("B"),
                                                      BirthDate(1990, 1, 1), Model::Sex::Male)),
                     caller(m_pharmacist));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::TeleserviceUnavailable);
    }

    void silentServiceTimesOut()
    {
        QTcpServer mute; // accepts and never answers
        QVERIFY(mute.listen(QHostAddress::LocalHost));
        QList<QTcpSocket*> held;
        connect(&mute, &QTcpServer::newConnection, this, [&] { held << mute.nextPendingConnection(); });
        auto r = ask(QUrl(QStringLiteral("http://127.0.0.1:%1/insi").arg(mute.serverPort())),
                     Insi::Request::fromPatient(Insi::Operation::Traits,
                                                typed(QStringLiteral("A"), QStringLiteral("B"),
                                                      BirthDate(1990, 1, 1), Model::Sex::Male)),
                     caller(m_pharmacist), 400);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::TeleserviceUnavailable);
    }

    void foreignAnswerIsAProtocolError()
    {
        QTcpServer liar; // answers 200 with something that is not INSi's RESULTAT
        QVERIFY(liar.listen(QHostAddress::LocalHost));
        connect(&liar, &QTcpServer::newConnection, this, [&] {
            QTcpSocket* s = liar.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                const QByteArray body = "<html><body>Portail captif</body></html>";
                s->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                         + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                s->disconnectFromHost();
            });
        });
        auto r = ask(QUrl(QStringLiteral("http://127.0.0.1:%1/insi").arg(liar.serverPort())),
                     Insi::Request::fromPatient(Insi::Operation::Traits,
                                                typed(QStringLiteral("A"), QStringLiteral("B"),
                                                      BirthDate(1990, 1, 1), Model::Sex::Male)),
                     caller(m_pharmacist));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::TeleserviceProtocol);
    }

    void answersOutsideTheDocumentedShapesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("inner");
        const QByteArray tiq
            = "<TIQ><NomNaissance>X</NomNaissance><ListePrenom>Y</ListePrenom><Sexe>F</Sexe>"
              "<DateNaissance>1990-01-01</DateNaissance><LieuNaissance>75115</LieuNaissance></TIQ>";
        QTest::newRow("CR 00 without an identity") << QByteArray("<CR><CodeCR>00</CodeCR></CR>");
        QTest::newRow("unknown CR") << QByteArray("<CR><CodeCR>07</CodeCR></CR>");
        QTest::newRow("wrong key") << QByteArray(
            "<CR><CodeCR>00</CodeCR></CR><INDIVIDU><INSACTIF><IdIndividu>"
            "<NumIdentifiant>297022A020778</NumIdentifiant><Cle>11</Cle>"
            "</IdIndividu><OID>1.2.250.1.213.1.4.10</OID></INSACTIF>"
            + tiq + "</INDIVIDU>");
        QTest::newRow("unknown OID") << QByteArray(
            "<CR><CodeCR>00</CodeCR></CR><INDIVIDU><INSACTIF><IdIndividu>"
            "<NumIdentifiant>297022A020778</NumIdentifiant><Cle>78</Cle>"
            "</IdIndividu><OID>1.2.250.1.213.1.1.1</OID></INSACTIF>"
            + tiq + "</INDIVIDU>");
        QTest::newRow("truncated") << QByteArray("<CR><CodeCR>00</CodeCR></CR><INDIVIDU><INSACTIF>");
    }

    void answersOutsideTheDocumentedShapesAreRefused()
    {
        QFETCH(QByteArray, inner);
        const QByteArray xml
            = "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Body>"
              "<RESULTAT xmlns=\"http://www.cnamts.fr/INSiResultat\">"
            + inner
            + (inner.endsWith("<INSACTIF>") ? QByteArray() : "</RESULTAT></soap:Body></soap:Envelope>");
        auto r = Insi::Envelope::parseResponse(xml, Insi::Operation::Traits);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::TeleserviceProtocol);
        QVERIFY(r.error().userText.contains(QStringLiteral("provisoire")));
    }

    void untrustedCardIsRefusedByTheService()
    {
        auto r = ask(m_url,
                     Insi::Request::fromPatient(Insi::Operation::Traits,
                                                typed(QStringLiteral("Adrtrois"), QStringLiteral("Dominique"),
                                                      BirthDate(1997, 2, 26), Model::Sex::Female)),
                     caller(m_stranger));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::TeleserviceRefused);
    }

    void signatureOfAnotherMessageIsRefused()
    {
        Insi::Caller forger = caller(m_pharmacist);
        const TestPki::Issued card = m_pharmacist;
        forger.sign = [card](const QByteArray& payload) -> Result<QByteArray> {
            return TestPki::sign(card, payload + "x");
        };
        auto r = ask(m_url,
                     Insi::Request::fromPatient(Insi::Operation::Traits,
                                                typed(QStringLiteral("Adrtrois"), QStringLiteral("Dominique"),
                                                      BirthDate(1997, 2, 26), Model::Sex::Female)),
                     forger);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::TeleserviceRefused);
    }

    void cardPulledBeforeSigningSendsNothing()
    {
        Insi::Caller pulled = caller(m_pharmacist);
        pulled.sign = [](const QByteArray&) -> Result<QByteArray> {
            return fail(ErrorCode::CardRemoved, QStringLiteral("Carte retirée"));
        };
        auto r = ask(m_url,
                     Insi::Request::fromPatient(Insi::Operation::Traits,
                                                typed(QStringLiteral("Adrtrois"), QStringLiteral("Dominique"),
                                                      BirthDate(1997, 2, 26), Model::Sex::Female)),
                     pulled);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::CardRemoved);
    }

    void namesTravelInCapitalsWithoutAccentsAndTheBodyIsWhatIsSigned()
    {
        Patient p = typed(QStringLiteral("Lefèvre-Œuvray"), QStringLiteral("Léa Hélène"),
                          BirthDate(2003, 12, 15), Model::Sex::Female);
        const auto parts
            = Insi::Envelope::prepare(Insi::Request::fromPatient(Insi::Operation::Traits, p),
                                      caller(m_pharmacist), {}, m_clock.now(), QStringLiteral("id-1"));
        QVERIFY(parts.body.contains("<NomNaissance>LEFEVRE-OEUVRAY</NomNaissance>"));
        QVERIFY(parts.body.contains("<Prenom>LEA</Prenom>"));
        QVERIFY(parts.body.contains("<DateNaissance>2003-12-15</DateNaissance>"));
        QVERIFY(!parts.body.contains("LieuNaissance")); // not known: not sent
        QVERIFY(parts.assertion.contains("<saml:NameID>810012345673</saml:NameID>"));
        const QByteArray envelope = Insi::Envelope::assemble(parts, m_pharmacist.certificateDer(), "sig");
        // The signed bytes appear as they are in the envelope (what the service checks).
        QVERIFY(envelope.contains(parts.assertion));
        QVERIFY(envelope.contains(parts.body));
        QVERIFY(envelope.contains("urn:ServiceIdentiteCertifiee:1.0.0:rechercherInsAvecTraitsIdentite"));
    }

    void theDemoNationalBaseHoldsValidIdentities()
    {
        // resources/demo/insi-persons.json, which scripts/demo.sh hands the simulator: each INS
        // must pass the client's own checks, or the demo would show a protocol error.
        QFile f(QStringLiteral(OFFICINE_SOURCE_DIR "/resources/demo/insi-persons.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray persons = QJsonDocument::fromJson(f.readAll()).array();
        QVERIFY(persons.size() >= 6);
        for (const QJsonValue& v : persons) {
            const QJsonObject o = v.toObject();
            const QString matricule = o.value(QStringLiteral("matricule")).toString();
            QVERIFY2(Identity::Nir::validate(matricule), qPrintable(matricule));
            QCOMPARE(o.value(QStringLiteral("oid")).toString(), Identity::kOidInsDemo);
            QVERIFY(Model::BirthDate::fromIso(QStringView(o.value(QStringLiteral("birthDate")).toString()))
                        .isValid());
        }
    }

    void plainHttpIsOnlyForTheLoopback()
    {
        QVERIFY(Insi::HttpTeleservice::checkUrl(QUrl(QStringLiteral("https://insi.example.fr/lps"))));
        QVERIFY(Insi::HttpTeleservice::checkUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/insi"))));
        QVERIFY(!Insi::HttpTeleservice::checkUrl(QUrl(QStringLiteral("http://insi.example.fr/lps"))));
        QVERIFY(!Insi::HttpTeleservice::checkUrl(QUrl(QStringLiteral("ftp://127.0.0.1/insi"))));
    }
};

QTEST_GUILESS_MAIN(TestInsi)
#include "test_insi.moc"
