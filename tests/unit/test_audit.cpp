// The audit trail: one entry per command in the command's transaction, refusals and reads
// audited, no health-data value in any entry, tampering detected by `audit verify`'s walk and by
// signed checkpoints.

#include "audit/auditverifier.h"
#include "audit/backgroundverification.h"
#include "audit/checkpointer.h"
#include "auth/cardverifier.h"
#include "auth/totp.h"
#include "commands/commandexecutor.h"
#include "commands/patientcommands.h"
#include "commands/settingscommands.h"
#include "commands/staffcommands.h"
#include "identity/nir.h"
#include "services/auditlog.h"
#include "services/patientdirectory.h"
#include "settings/settings.h"
#include "storage/patientrepository.h"
#include "storage/staffrepository.h"
#include "testpki.h"
#include "testutil.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <functional>
#include <openssl/evp.h>

using namespace Officine;
using namespace Officine::Commands;
using Officine::Tools::TestPki;

namespace {

/// The n-th is another person (another NIR, other names): a second file of the same person
/// would be refused as a duplicate.
Model::Patient distinctivePatient(int n = 0)
{
    Model::Patient p;
    p.birthFamilyName = QStringLiteral("Zyxwvutsrq");
    p.usedFamilyName = QStringLiteral("Qponmlkjih");
    p.givenNames = QStringLiteral("Gérardine Ophélie");
    p.sex = Model::Sex::Female;
    p.birthDate = QDate(1985, 7, 2);
    p.nir = QStringLiteral("285077511504230");
    p.addressLine = QStringLiteral("17 rue des Glycines");
    p.postalCode = QStringLiteral("75015");
    p.city = QStringLiteral("Montcuq-en-Quercy");
    p.phone = QStringLiteral("0611223344");
    p.email = QStringLiteral("gerardine@example.org");
    if (n > 0) {
        static const char* const given[] = {"Berthe", "Clothilde", "Eudoxie", "Hortense", "Philomène"};
        p.givenNames = QString::fromUtf8(given[n % 5]);
        const QString first13 = QStringLiteral("2850775115%1").arg(42 + n, 3, 10, QLatin1Char('0'));
        p.nir
            = first13 + QStringLiteral("%1").arg(Identity::Nir::computeKey(first13), 2, 10, QLatin1Char('0'));
    }
    return p;
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    FakeClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)};
    TestPki::Issued m_root, m_ca, m_pharmacist, m_forger;
    std::unique_ptr<Auth::CardVerifier> m_verifier;

    std::unique_ptr<Storage::Store> freshStore()
    {
        return Test::openStore(m_dir.filePath(QStringLiteral("audit-%1.db").arg(++m_n)), Test::testKey());
    }

    Actor titulaire(Storage::Store& store)
    {
        // A real account, so that actor ids are account UUIDs as in the application.
        Model::StaffAccount account = Test::claireDemoTitulaire();
        if (Storage::StaffRepository(store).get(m_titulaireUuid)) {
            account.meta.uuid = m_titulaireUuid;
        } else {
            auto tx = Storage::Transaction::begin(store);
            Storage::StaffRepository(store).insert(account, {store.workstationId(), m_clock.now()});
            (void)tx->commit();
            m_titulaireUuid = account.meta.uuid;
        }
        return Actor {account.meta.uuid, QStringLiteral("Claire DÉMO"), account.idNatPs,
                      Auth::permissionsOf(Auth::Role::Titulaire)};
    }
    QString m_titulaireUuid;

    static qint64 entries(Storage::Store& store)
    {
        return *store.scalar(QStringLiteral("SELECT count(*) FROM audit_entry"));
    }
    static Audit::Entry last(Storage::Store& store)
    {
        Audit::Filter all;
        all.limit = 1;
        auto found = Audit::Trail(store).find(all);
        return found && !found->empty() ? found->front() : Audit::Entry {};
    }

    /// A chain of `n` view entries, and a checkpoint signed by the pharmacist's card after
    /// `checkpointAfter` of them (0: none).
    void buildChain(Storage::Store& store, int n, int checkpointAfter)
    {
        Audit::Recorder recorder(store, m_clock);
        const Actor actor = titulaire(store);
        for (int i = 1; i <= n; ++i) {
            Audit::Entry e;
            e.action = Audit::Action::View;
            e.targetType = QStringLiteral("patient");
            e.targetUuid = e.patientUuid = QStringLiteral("patient-%1").arg(i % 3);
            QVERIFY(recorder.record(&actor, e));
            m_clock.advanceSeconds(30);
            if (i == checkpointAfter) {
                Audit::Checkpointer cp(store, m_clock, *m_verifier);
                auto c = cp.prepare(actor);
                QVERIFY(c);
                QVERIFY(cp.complete(*c, m_pharmacist.certificateDer(),
                                    TestPki::sign(m_pharmacist, c->payload())));
            }
        }
    }

    /// Verifies on one connection, and again cut into ranges of a few entries walked by three
    /// connections on their threads: both must tell the same story, wherever the tampering
    /// falls relative to the cuts.
    Audit::Report verify(Storage::Store& store)
    {
        auto r = Audit::Verifier(store, m_verifier.get()).run();
        if (!r) {
            qWarning("verify failed: %s", qPrintable(r.error().logText));
            return {};
        }
        const QString path = store.path();
        auto parallel = Audit::Verifier(store, m_verifier.get())
                            .withReaders(
                                [path]() -> Result<std::unique_ptr<Storage::Store>> {
                                    Storage::StoreOptions options;
                                    options.path = path;
                                    return Storage::Store::open(options, Test::testKey());
                                },
                                2, 4)
                            .run();
        if (!parallel) {
            qWarning("parallel verify failed: %s", qPrintable(parallel.error().logText));
            return {};
        }
        if (parallel->summary() != r->summary() || parallel->anomalies != r->anomalies
            || parallel->entries != r->entries || parallel->intact() != r->intact()
            || (r->firstBreak
                && (parallel->firstBreak->kind != r->firstBreak->kind
                    || parallel->firstBreak->seq != r->firstBreak->seq
                    || parallel->firstBreak->entryUuid != r->firstBreak->entryUuid))) {
            qWarning("one connection: %s\nthree connections: %s", qPrintable(r->summary()),
                     qPrintable(parallel->summary()));
            return {}; // an empty report: the caller's checks fail
        }
        return *r;
    }

    static void tamper(Storage::Store& store, const QString& sql)
    {
        // Someone holding the key can drop the guards; the chain is what must catch them.
        QVERIFY(store.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_entry_no_update; "
                                          "DROP TRIGGER IF EXISTS audit_entry_no_delete;")));
        auto r = store.exec(sql);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().logText));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = TestPki::makeRoot(QStringLiteral("AC RACINE TEST"), m_clock.now().addDays(-1));
        m_ca = TestPki::makeIntermediate(QStringLiteral("AC PERSONNES TEST"), m_root,
                                         m_clock.now().addDays(-1));
        TestPki::HolderSpec spec;
        spec.idNatPs = QStringLiteral("810012345673");
        spec.familyName = QStringLiteral("Démo");
        spec.givenName = QStringLiteral("Claire");
        spec.notBefore = m_clock.now().addDays(-10);
        spec.notAfter = m_clock.now().addDays(3000);
        m_pharmacist = TestPki::makeHolder(spec, m_ca, 501);
        auto pirateRoot = TestPki::makeRoot(QStringLiteral("AC PIRATE"), m_clock.now().addDays(-1));
        m_forger = TestPki::makeHolder(spec, pirateRoot, 502);
        m_verifier = std::make_unique<Auth::CardVerifier>(
            m_clock, QList<QByteArray> {m_root.certificatePem()}, QList<QByteArray> {m_ca.certificatePem()});
    }

    // --- one entry per command, in its transaction ------------------------------------------

    void everyCommandWritesExactlyOneEntryWithItsActorAndTarget()
    {
        auto store = freshStore();
        QVERIFY(store);
        CommandExecutor executor(*store, m_clock);
        const Actor actor = titulaire(*store);
        executor.setActor(actor);

        Model::Patient created;
        Model::StaffAccount staff;
        staff.familyName = QStringLiteral("Martin");
        staff.givenName = QStringLiteral("Léa");
        staff.role = Auth::Role::Preparateur;

        struct Case
        {
            const char* id;
            Audit::Action action;
            std::function<std::unique_ptr<Command>()> make;
            QStringList fields; ///< expected to be among the recorded names
        };
        const std::vector<Case> cases = {
            {"patient.create",
             Audit::Action::Create,
             [&] { return std::make_unique<CreatePatientCommand>(distinctivePatient(), m_clock.today()); },
             {QStringLiteral("birth_family_name"), QStringLiteral("nir")}},
            {"patient.update",
             Audit::Action::Update,
             [&] {
                 Model::Patient p = *Storage::PatientRepository(*store).get(created.meta.uuid);
                 p.phone = QStringLiteral("0699887766");
                 return std::make_unique<UpdatePatientCommand>(p, m_clock.today());
             },
             {QStringLiteral("phone")}},
            {"staff.create",
             Audit::Action::Create,
             [&] { return std::make_unique<CreateStaffAccountCommand>(staff); },
             {QStringLiteral("family_name")}},
            {"staff.update",
             Audit::Action::Update,
             [&] {
                 Model::StaffAccount s = *Storage::StaffRepository(*store).get(staff.meta.uuid);
                 s.givenName = QStringLiteral("Léonie");
                 return std::make_unique<UpdateStaffAccountCommand>(s);
             },
             {QStringLiteral("given_name")}},
            {"staff.credentials",
             Audit::Action::Update,
             [&] {
                 QByteArray raw(20, 'k');
                 const SecureBuffer key = SecureBuffer::fromAndWipe(raw);
                 QByteArray pass("Pharma-2026!");
                 auto c = std::make_unique<SetFallbackCredentialsCommand>(
                     m_clock, staff.meta.uuid, SecureBuffer::fromAndWipe(pass), key,
                     Auth::Totp::code(key.view(), m_clock.now().toSecsSinceEpoch()), true);
                 c->setHashCost(10);
                 return c;
             },
             {QStringLiteral("password_hash"), QStringLiteral("totp_secret")}},
            {"staff.deactivate",
             Audit::Action::Update,
             [&] {
                 auto s = *Storage::StaffRepository(*store).get(staff.meta.uuid);
                 return std::make_unique<DeactivateStaffAccountCommand>(s.meta.uuid, s.meta.revision);
             },
             {QStringLiteral("active")}},
        };
        for (const Case& c : cases) {
            std::unique_ptr<Command> command = c.make();
            QCOMPARE(command->id(), QString::fromLatin1(c.id));
            const qint64 before = entries(*store);
            auto r = executor.execute(*command);
            QVERIFY2(r, qPrintable(QString::fromLatin1(c.id) + u' ' + (r ? QString() : r.error().logText)));
            QCOMPARE(entries(*store), before + 1);
            const Audit::Entry e = last(*store);
            QCOMPARE(e.action, c.action);
            QCOMPARE(e.outcome, Audit::Outcome::Success);
            QCOMPARE(e.accountUuid, actor.accountId);
            QCOMPARE(e.nationalId, QStringLiteral("810012345673"));
            QCOMPARE(e.targetType, command->target().entity);
            QCOMPARE(e.targetUuid, command->target().uuid);
            QVERIFY(!e.targetUuid.isEmpty());
            QCOMPARE(e.patientUuid, command->target().patientUuid);
            QCOMPARE(e.detail.section(u';', 0, 0), QStringLiteral("command=") + command->id());
            for (const QString& f : c.fields) {
                QVERIFY2(e.fields.contains(f),
                         qPrintable(QString::fromLatin1(c.id) + u' ' + e.fields.join(u',')));
            }
            if (command->id() == QLatin1String("patient.create")) {
                created = static_cast<CreatePatientCommand&>(*command).patient();
                QCOMPARE(e.patientUuid, created.meta.uuid);
            }
            if (command->id() == QLatin1String("staff.create")) {
                staff = static_cast<CreateStaffAccountCommand&>(*command).account();
            }
        }
        // The update recorded only what changed.
        Audit::Filter updates;
        updates.patientUuid = created.meta.uuid;
        updates.action = Audit::Action::Update;
        QCOMPARE(Audit::Trail(*store).find(updates)->front().fields, QStringList {QStringLiteral("phone")});

        // Bootstrap: on an empty pharmacy, by the card holder before the account exists.
        auto empty = freshStore();
        CommandExecutor first(*empty, m_clock);
        first.setActor(Actor {QStringLiteral("bootstrap:810012345673"),
                              QStringLiteral("Claire DÉMO"),
                              QStringLiteral("810012345673"),
                              {Permission::StaffManage}});
        BootstrapTitulaireCommand bootstrap(Test::claireDemoTitulaire(), QStringLiteral("760021832"));
        QVERIFY(first.execute(bootstrap));
        QCOMPARE(entries(*empty), 1);
        QCOMPARE(last(*empty).action, Audit::Action::Create);
        QCOMPARE(last(*empty).targetUuid, bootstrap.account().meta.uuid);
        QCOMPARE(last(*empty).nationalId, QStringLiteral("810012345673"));
    }

    void aFailedChangeLeavesNoEntry()
    {
        auto store = freshStore();
        CommandExecutor executor(*store, m_clock);
        executor.setActor(titulaire(*store));
        CreatePatientCommand create(distinctivePatient(), m_clock.today());
        QVERIFY(executor.execute(create));
        const qint64 before = entries(*store);

        Model::Patient stale = create.patient();
        stale.meta.revision = 7; // someone else's edit came first
        stale.phone = QStringLiteral("0600000000");
        UpdatePatientCommand update(stale, m_clock.today());
        QCOMPARE(executor.execute(update).error().code, ErrorCode::Conflict);

        Model::Patient invalid = distinctivePatient();
        invalid.birthDate = m_clock.today().addDays(3);
        CreatePatientCommand refusedInput(invalid, m_clock.today());
        QCOMPARE(executor.execute(refusedInput).error().code, ErrorCode::InvalidInput);
        QCOMPARE(entries(*store), before);

        // An audit write that fails takes the change down with it.
        QVERIFY(store->exec(QStringLiteral("CREATE TRIGGER audit_down BEFORE INSERT ON audit_entry BEGIN "
                                           "SELECT RAISE(ABORT, 'disk full'); END")));
        const qint64 patients = *store->scalar(QStringLiteral("SELECT count(*) FROM patient"));
        CreatePatientCommand another(distinctivePatient(1), m_clock.today());
        QVERIFY(!executor.execute(another));
        QCOMPARE(*store->scalar(QStringLiteral("SELECT count(*) FROM patient")), patients);
        QCOMPARE(*store->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE record_uuid = '")
                                + another.patient().meta.uuid + u'\''),
                 0);
        // And a read that cannot be traced is not shown.
        Services::PatientDirectory directory(executor);
        QVERIFY(!directory.get(create.patient().meta.uuid));
        QVERIFY(store->exec(QStringLiteral("DROP TRIGGER audit_down")));
        QCOMPARE(entries(*store), before);
    }

    void aRefusedActionLeavesARefusedEntry()
    {
        auto store = freshStore();
        CommandExecutor executor(*store, m_clock);
        const Actor tech {QStringLiteral("tech-uuid"), QStringLiteral("Léa MARTIN"),
                          QStringLiteral("3760021832/0042"), Auth::permissionsOf(Auth::Role::Preparateur)};
        executor.setActor(tech);
        Model::StaffAccount s;
        s.familyName = QStringLiteral("Pirate");
        s.givenName = QStringLiteral("Jean");
        CreateStaffAccountCommand create(s);
        QCOMPARE(executor.execute(create).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(entries(*store), 1);
        Audit::Entry e = last(*store);
        QCOMPARE(e.outcome, Audit::Outcome::Refused);
        QCOMPARE(e.action, Audit::Action::Create);
        QCOMPARE(e.accountUuid, QStringLiteral("tech-uuid"));
        QCOMPARE(e.nationalId, QStringLiteral("3760021832/0042"));
        QCOMPARE(e.reason, QStringLiteral("permission:staff.manage"));
        QCOMPARE(*store->scalar(QStringLiteral("SELECT count(*) FROM staff_account")), 0);

        executor.setActor(std::nullopt);
        CreatePatientCommand nobody(distinctivePatient(), m_clock.today());
        QCOMPARE(executor.execute(nobody).error().code, ErrorCode::NotSignedIn);
        QCOMPARE(entries(*store), 2);
        QCOMPARE(last(*store).reason, QStringLiteral("not_signed_in"));
        QCOMPARE(last(*store).accountUuid, QString());

        // A read refused for lack of permission is traced against the patient.
        executor.setActor(Actor {QStringLiteral("nobody"), QStringLiteral("X"), QString(), {}});
        Services::PatientDirectory directory(executor);
        QCOMPARE(directory.get(QStringLiteral("some-patient")).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(last(*store).action, Audit::Action::View);
        QCOMPARE(last(*store).outcome, Audit::Outcome::Refused);
        QCOMPARE(last(*store).patientUuid, QStringLiteral("some-patient"));
        QVERIFY(verify(*store).intact());
    }

    void openingAPatientFileWritesAViewEntry()
    {
        auto store = freshStore();
        CommandExecutor executor(*store, m_clock);
        executor.setActor(titulaire(*store));
        CreatePatientCommand create(distinctivePatient(), m_clock.today());
        QVERIFY(executor.execute(create));
        Services::PatientDirectory directory(executor);
        const qint64 before = entries(*store);
        QVERIFY(directory.search(QStringLiteral("zyx"), 10)); // a list is not a file opened
        QCOMPARE(entries(*store), before);
        QVERIFY(directory.get(create.patient().meta.uuid));
        QCOMPARE(entries(*store), before + 1);
        QCOMPARE(last(*store).action, Audit::Action::View);
        QCOMPARE(last(*store).patientUuid, create.patient().meta.uuid);
    }

    void noHealthDataValueInAnyEntry()
    {
        auto store = freshStore();
        CommandExecutor executor(*store, m_clock);
        executor.setActor(titulaire(*store));
        const Model::Patient p = distinctivePatient();
        CreatePatientCommand create(p, m_clock.today());
        QVERIFY(executor.execute(create));
        Model::Patient edited = create.patient();
        edited.givenNames = QStringLiteral("Bérénice Ophélie");
        edited.city = QStringLiteral("Saint-Glinglin");
        edited.phone = QStringLiteral("0755443322");
        UpdatePatientCommand update(edited, m_clock.today());
        update.setRectification(ChangeSource::Document, QStringLiteral("Erreur de saisie"));
        QVERIFY(executor.execute(update));
        Services::PatientDirectory directory(executor);
        QVERIFY(directory.get(create.patient().meta.uuid));
        executor.setActor(Actor {QStringLiteral("x"), QStringLiteral("X"), QString(), {}});
        QVERIFY(!directory.get(create.patient().meta.uuid));
        QVERIFY(entries(*store) >= 4);

        auto q = store->query(QStringLiteral("SELECT * FROM audit_entry"));
        QVERIFY(q);
        QString everything;
        while (*q->next()) {
            for (int c = 0; c < 15; ++c) {
                everything += q->text(c) + u'\x1f';
            }
        }
        const QStringList values = {p.birthFamilyName,
                                    p.usedFamilyName,
                                    QStringLiteral("Gérardine"),
                                    QStringLiteral("Ophélie"),
                                    QStringLiteral("Bérénice"),
                                    p.nir,
                                    p.nir.left(13),
                                    QStringLiteral("Glycines"),
                                    p.city,
                                    QStringLiteral("Saint-Glinglin"),
                                    p.phone,
                                    QStringLiteral("0755443322"),
                                    p.email,
                                    QStringLiteral("1985-07-02"),
                                    QStringLiteral("75015")};
        for (const QString& v : values) {
            QVERIFY2(!everything.contains(v, Qt::CaseInsensitive), qPrintable(v));
        }
        QVERIFY(everything.contains(QStringLiteral("given_names,city,phone")));
    }

    // --- verification -------------------------------------------------------------------------

    void anIntactChainVerifies()
    {
        auto store = freshStore();
        buildChain(*store, 20, 15);
        const Audit::Report r = verify(*store);
        QVERIFY2(r.intact(), qPrintable(r.summary()));
        QCOMPARE(r.entries, 21); // 20 views + the checkpoint's own entry
        QCOMPARE(r.checkpoints, 1);
        QCOMPARE(r.checkpointsUnanchored, 0);
        QVERIFY(r.summary().startsWith(QStringLiteral("intact")));
    }

    void anEmptiedTrailOnAStoreWithRecordsIsNotIntact()
    {
        // Someone holding the key empties the trail of a store that holds patients: "intact, 0
        // entries" would be a lie.
        auto store = freshStore();
        CommandExecutor executor(*store, m_clock);
        executor.setActor(titulaire(*store));
        for (int i = 0; i < 3; ++i) {
            CreatePatientCommand create(distinctivePatient(i), m_clock.today());
            QVERIFY(executor.execute(create));
        }
        tamper(*store, QStringLiteral("DELETE FROM audit_entry; DELETE FROM audit_chain"));
        Audit::Report r = verify(*store);
        QVERIFY(!r.intact());
        QCOMPARE(r.firstBreak->kind, Audit::Break::Kind::Emptied);
        QVERIFY2(r.summary().contains(QStringLiteral("vidé")), qPrintable(r.summary()));
        // The entries gone but the chain's row kept: the same.
        auto other = freshStore();
        buildChain(*other, 5, 0);
        tamper(*other, QStringLiteral("DELETE FROM audit_entry"));
        r = verify(*other);
        QVERIFY(!r.intact());
        QCOMPARE(r.firstBreak->kind, Audit::Break::Kind::Emptied);
        // A new, empty pharmacy is intact.
        auto fresh = freshStore();
        QVERIFY(verify(*fresh).intact());
    }

    void aTailCutOrRewrittenAfterAVerificationIsDetected()
    {
        auto store = freshStore();
        buildChain(*store, 10, 0);
        Audit::Report r = verify(*store);
        QVERIFY(r.intact());
        QCOMPARE(r.heads.size(), size_t(1));
        QCOMPARE(r.heads.front().seq, 10);
        QVERIFY(Audit::Verifier::rememberHeads(*store, r, m_clock.now()));
        buildChain(*store, 2, 0); // the trail goes on: 12 entries
        QVERIFY(verify(*store).intact());

        // The last five cut off: consistent in itself, but short of the head verified at 10.
        tamper(*store, QStringLiteral("DELETE FROM audit_entry WHERE seq > 7"));
        r = verify(*store);
        QVERIFY(!r.intact());
        QCOMPARE(r.firstBreak->kind, Audit::Break::Kind::BehindVerified);
        QCOMPARE(r.firstBreak->seq, 8);
        QVERIFY2(r.summary().contains(QStringLiteral("vérifiée jusqu'à l'entrée n° 10")),
                 qPrintable(r.summary()));

        // Then new entries written on top (a chain consistent with itself again, past 10): the
        // entry at 10 is not the one verified.
        buildChain(*store, 6, 0);
        r = verify(*store);
        QVERIFY(!r.intact());
        QCOMPARE(r.firstBreak->kind, Audit::Break::Kind::BehindVerified);
        QCOMPARE(r.firstBreak->seq, 10);
        QVERIFY(r.summary().contains(QStringLiteral("réécrite")));
        // A broken run is not remembered as a new reference.
        QVERIFY(Audit::Verifier::rememberHeads(*store, r, m_clock.now()));
        QVERIFY(!verify(*store).intact());
    }

    void theAnswerSaysUpToWhichEntryTheTrailIsAnchored()
    {
        auto store = freshStore();
        buildChain(*store, 10, 0);
        Audit::Report r = verify(*store);
        QVERIFY2(r.summary().contains(QStringLiteral("aucun point de contrôle signé")),
                 qPrintable(r.summary()));
        QCOMPARE(r.heads.front().signedSeq, 0);
        buildChain(*store, 5, 3); // a checkpoint over entry 13, then its entry (14) and 2 more
        r = verify(*store);
        QVERIFY(r.intact());
        QCOMPARE(r.heads.front().signedSeq, 13);
        QCOMPARE(r.heads.front().seq, 16);
        QVERIFY2(r.summary().contains(QStringLiteral("ancré jusqu'à l'entrée n° 13")),
                 qPrintable(r.summary()));
        QVERIFY2(r.summary().contains(QStringLiteral("; 3 entrée")), qPrintable(r.summary()));
    }

    void changingOneByteIsDetectedAtThatEntry()
    {
        auto store = freshStore();
        buildChain(*store, 20, 0);
        const QString uuid = *store->query(QStringLiteral("SELECT uuid FROM audit_entry WHERE seq = 7"))
                                  .and_then([](Storage::Query q) -> Result<QString> {
                                      (void)q.next();
                                      return q.text(0);
                                  });
        // One character of the target: 'patient-1' → 'patient-2'.
        tamper(*store,
               QStringLiteral("UPDATE audit_entry SET target_uuid = replace(target_uuid, '1', '2') "
                              "WHERE seq = 7"));
        const Audit::Report r = verify(*store);
        QVERIFY(!r.intact());
        QCOMPARE(r.firstBreak->seq, 7);
        QCOMPARE(r.firstBreak->entryUuid, uuid);
        QCOMPARE(r.firstBreak->kind, Audit::Break::Kind::ContentAltered);
        QVERIFY(r.summary().contains(uuid));
    }

    void deletingOneEntryIsDetected()
    {
        auto store = freshStore();
        buildChain(*store, 20, 0);
        tamper(*store, QStringLiteral("DELETE FROM audit_entry WHERE seq = 9"));
        const Audit::Report r = verify(*store);
        QVERIFY(!r.intact());
        QCOMPARE(r.firstBreak->kind, Audit::Break::Kind::Missing);
        QCOMPARE(r.firstBreak->seq, 10);
        QVERIFY(r.firstBreak->reason.contains(QStringLiteral("9")));
    }

    void deletingAnEntryAndRenumberingIsDetected()
    {
        auto store = freshStore();
        buildChain(*store, 20, 0);
        tamper(*store,
               QStringLiteral("DELETE FROM audit_entry WHERE seq = 9; "
                              "UPDATE audit_entry SET seq = seq - 1 WHERE seq > 9"));
        const Audit::Report r = verify(*store);
        QVERIFY(!r.intact());
        QCOMPARE(r.firstBreak->seq, 9);
    }

    void swappingTwoEntriesIsDetected()
    {
        auto store = freshStore();
        buildChain(*store, 20, 0);
        // Exchange the rows at 5 and 6 (each keeps its own hash): the order is what changed.
        tamper(*store,
               QStringLiteral("UPDATE audit_entry SET seq = 1005 WHERE seq = 5; "
                              "UPDATE audit_entry SET seq = 5 WHERE seq = 6; "
                              "UPDATE audit_entry SET seq = 6 WHERE seq = 1005;"));
        const Audit::Report r = verify(*store);
        QVERIFY(!r.intact());
        QCOMPARE(r.firstBreak->seq, 5);
    }

    void cuttingTheChainBeforeItsLastCheckpointIsDetected()
    {
        auto store = freshStore();
        buildChain(*store, 20, 15);
        // Remove the tail from entry 12 on (the checkpoint covers up to 15, its entry is 16).
        tamper(*store, QStringLiteral("DELETE FROM audit_entry WHERE seq >= 12"));
        const Audit::Report r = verify(*store);
        QVERIFY(!r.intact());
        QCOMPARE(r.firstBreak->kind, Audit::Break::Kind::Truncated);
        QCOMPARE(r.firstBreak->seq, 12);
        QVERIFY(r.firstBreak->reason.contains(QStringLiteral("tronquée")));
    }

    void aChainRewrittenFromScratchFailsOnItsSignedCheckpoint()
    {
        auto store = freshStore();
        buildChain(*store, 20, 15);
        // The forger edits entry 3 then re-hashes every entry from the start: each link holds.
        tamper(*store, QStringLiteral("UPDATE audit_entry SET target_uuid = 'patient-forged' WHERE seq = 3"));
        std::vector<Audit::Entry> all;
        {
            auto q = store->query(Audit::Trail::selectEntries(QStringLiteral("ORDER BY e.seq")));
            QVERIFY(q);
            while (*q->next()) {
                all.push_back(Audit::Trail::fromRow(*q));
            }
        }
        QByteArray prev = Audit::genesisHash();
        for (Audit::Entry& e : all) {
            e.prevHash = prev;
            e.hash = Audit::chainHash(prev, Audit::canonical(e));
            prev = e.hash;
            auto u = store->query(
                QStringLiteral("UPDATE audit_entry SET prev_hash = ?1, hash = ?2 WHERE seq = ?3"));
            u->bindBlob(1, e.prevHash).bindBlob(2, e.hash).bind(3, e.seq);
            QVERIFY(u->run());
        }
        const Audit::Report r = verify(*store);
        QVERIFY(!r.intact());
        QCOMPARE(r.firstBreak->kind, Audit::Break::Kind::CheckpointMismatch);
        QCOMPARE(r.firstBreak->seq, 15);
        QCOMPARE(r.anomalies, 1); // every link holds: only the signature tells

        // Re-signing the forged head needs a card from a trusted authority.
        auto cp = *Audit::Trail(*store).lastCheckpoint();
        tamper(*store, QStringLiteral("DELETE FROM audit_checkpoint"));
        Audit::Checkpoint forged = *cp;
        forged.headHash = all[14].hash;
        forged.certificateDer = m_forger.certificateDer();
        forged.signature = TestPki::sign(m_forger, forged.payload());
        auto ins = store->query(QStringLiteral(
            "INSERT INTO audit_checkpoint (workstation_id, head_seq, head_hash, signed_at, signer_account, "
            "signer_national_id, certificate, signature, entry_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
            "?9)"));
        ins->bind(1, forged.workstationId)
            .bind(2, forged.headSeq)
            .bindBlob(3, forged.headHash)
            .bind(4, Audit::Entry::timeText(forged.signedAt))
            .bind(5, forged.signerAccount)
            .bind(6, forged.signerNationalId)
            .bindBlob(7, forged.certificateDer)
            .bindBlob(8, forged.signature)
            .bind(9, forged.entrySeq);
        QVERIFY(ins->run());
        const Audit::Report again = verify(*store);
        QVERIFY(!again.intact());
        QCOMPARE(again.firstBreak->kind, Audit::Break::Kind::CheckpointSignature);
    }

    void aCheckpointIsRefusedFromAnotherCardOrATechnician()
    {
        auto store = freshStore();
        buildChain(*store, 3, 0);
        Audit::Checkpointer cp(*store, m_clock, *m_verifier);
        const Actor tech {QStringLiteral("t"), QStringLiteral("T"), QStringLiteral("3760021832/0042"), {}};
        QCOMPARE(cp.prepare(tech).error().code, ErrorCode::PermissionDenied);
        auto c = cp.prepare(titulaire(*store));
        QVERIFY(c);
        QCOMPARE(
            cp.complete(*c, m_forger.certificateDer(), TestPki::sign(m_forger, c->payload())).error().code,
            ErrorCode::CardRefused);
        QCOMPARE(cp.complete(*c, m_pharmacist.certificateDer(), TestPki::sign(m_pharmacist, "something else"))
                     .error()
                     .code,
                 ErrorCode::CardRefused);
        QVERIFY(Audit::Trail(*store).checkpoints()->empty());
        QVERIFY(*cp.isDue());
        QVERIFY(cp.complete(*c, m_pharmacist.certificateDer(), TestPki::sign(m_pharmacist, c->payload())));
        QVERIFY(!*cp.isDue()); // signed today, nothing new
        m_clock.advanceDays(1);
        QVERIFY(!*cp.isDue()); // a new day but nothing new
        Audit::Recorder(*store, m_clock).recordSystem(Audit::Entry {});
        QVERIFY(*cp.isDue());
    }

    void theClockGoingBackNeitherReordersNorHidesEntries()
    {
        auto store = freshStore();
        Audit::Recorder recorder(*store, m_clock);
        const Actor actor = titulaire(*store);
        Audit::Entry e;
        e.action = Audit::Action::Login;
        QVERIFY(recorder.record(&actor, e));
        m_clock.advanceDays(-2); // someone sets the workstation's clock back
        e.action = Audit::Action::View;
        QVERIFY(recorder.record(&actor, e));
        auto seqs = store->query(QStringLiteral("SELECT action FROM audit_entry ORDER BY seq"));
        QVERIFY(*seqs->next());
        QCOMPARE(seqs->text(0), QStringLiteral("login"));
        QVERIFY(*seqs->next());
        QCOMPARE(seqs->text(0), QStringLiteral("view"));
        QVERIFY(verify(*store).intact());
        // Rewriting the time of an entry to hide it in another period breaks it.
        tamper(*store,
               QStringLiteral("UPDATE audit_entry SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 2"));
        QCOMPARE(verify(*store).firstBreak->seq, 2);
        m_clock.advanceDays(2);
    }

    void deletingTheFirstEntryOrOneAtARangeCutIsDetected()
    {
        // verify() also walks the chain cut into ranges of 7: entry 1 starts the chain, entry
        // 8 starts the second range (20 entries + the checkpoint's, in three ranges).
        for (const int seq : {1, 8}) {
            auto store = freshStore();
            buildChain(*store, 20, 15);
            tamper(*store, QStringLiteral("DELETE FROM audit_entry WHERE seq = %1").arg(seq));
            const Audit::Report r = verify(*store);
            QVERIFY(!r.intact());
            QCOMPARE(r.firstBreak->kind, Audit::Break::Kind::Missing);
            QCOMPARE(r.firstBreak->seq, seq + 1);
        }
    }

    void aTrailWrittenBySchemaVersion4IsCarriedOverIntact()
    {
        // Version 4 kept the workstation UUID in every entry; version 5 numbers the chains.
        // The hashes cover the workstation UUID, not the number: the entries move unchanged.
        const QString file = m_dir.filePath(QStringLiteral("audit-v4.db"));
        QString ownWorkstation;
        {
            auto v4 = Test::openStore(file, Test::testKey(), 4);
            QVERIFY(v4);
            QCOMPARE(v4->schemaVersion(), 4);
            ownWorkstation = v4->workstationId();
            for (const QString& ws : {ownWorkstation, QStringLiteral("poste-comptoir-2")}) {
                QByteArray prev = Audit::genesisHash();
                for (int seq = 1; seq <= 10; ++seq) {
                    Audit::Entry e;
                    e.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
                    e.workstationId = ws;
                    e.seq = seq;
                    e.at = m_clock.now().addSecs(seq);
                    e.accountUuid = QStringLiteral("account-1");
                    e.action = Audit::Action::View;
                    e.targetType = QStringLiteral("patient");
                    e.targetUuid = e.patientUuid = QStringLiteral("patient-%1").arg(seq % 2);
                    const Audit::CanonicalFields f = Audit::canonicalFields(e);
                    const QByteArray hash = Audit::chainHash(prev, Audit::canonical(f));
                    auto q = v4->query(QStringLiteral(
                        "INSERT INTO audit_entry (workstation_id, seq, uuid, at, account_uuid, national_id, "
                        "action, target_type, target_uuid, patient_uuid, outcome, reason, fields, "
                        "justification, detail, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                        "?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)"));
                    QVERIFY(q);
                    q->bind(1, ws).bind(2, qint64(seq));
                    for (int c = 2; c < 15; ++c) {
                        q->bindUtf8(c + 1, f[size_t(c)]);
                    }
                    q->bindBlob(16, prev).bindBlob(17, hash);
                    QVERIFY(q->run());
                    prev = hash;
                }
            }
        }
        auto store = Test::openStore(file, Test::testKey());
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), Storage::Store::latestSchemaVersion());
        Audit::Report r = verify(*store);
        QVERIFY2(r.intact(), qPrintable(r.summary()));
        QCOMPARE(r.entries, 20);
        QCOMPARE(r.chains, 2);
        // The patient filter finds them through the new index.
        Audit::Filter forPatient;
        forPatient.patientUuid = QStringLiteral("patient-1");
        auto found = Audit::Trail(*store).find(forPatient);
        QVERIFY(found);
        QCOMPARE(found->size(), size_t(10));
        // This workstation's chain goes on from entry 10.
        Audit::Recorder recorder(*store, m_clock);
        const Actor actor = titulaire(*store);
        Audit::Entry next;
        next.action = Audit::Action::View;
        next.targetType = QStringLiteral("patient");
        next.targetUuid = next.patientUuid = QStringLiteral("patient-1");
        QVERIFY(recorder.record(&actor, next));
        QCOMPARE(*store->scalar(QStringLiteral("SELECT max(e.seq) FROM audit_entry e JOIN audit_chain c ON "
                                               "c.id = e.chain WHERE c.workstation_id = '%1'")
                                    .arg(ownWorkstation)),
                 11);
        r = verify(*store);
        QVERIFY2(r.intact(), qPrintable(r.summary()));
        QCOMPARE(r.entries, 21);
        // The guards came back with the new table.
        QVERIFY(!store->exec(QStringLiteral("UPDATE audit_entry SET detail = 'x'")));
        QVERIFY(!store->exec(QStringLiteral("DELETE FROM audit_entry")));
    }

    void theStartUpVerificationRunsOffTheMainThreadAndRecordsItsOutcome()
    {
        auto store = freshStore();
        buildChain(*store, 30, 0);
        const QString path = store->path();
        std::atomic<bool> openedOnMainThread {false};
        std::atomic<int> opened {0};
        auto opener = [path, &openedOnMainThread, &opened]() -> Result<std::unique_ptr<Storage::Store>> {
            ++opened;
            if (QThread::currentThread() == QCoreApplication::instance()->thread()) {
                openedOnMainThread = true;
            }
            Storage::StoreOptions options;
            options.path = path;
            options.createIfMissing = false;
            return Storage::Store::open(options, Test::testKey());
        };
        Audit::Recorder recorder(*store, m_clock);
        using State = Audit::BackgroundVerification::State;
        auto runCheck = [&](Audit::Verifier::ReaderFactory open) {
            auto check = std::make_unique<Audit::BackgroundVerification>(open, nullptr, recorder);
            QSignalSpy done(check.get(), &Audit::BackgroundVerification::finished);
            [&]() {
                QVERIFY(check->start(1));
                QCOMPARE(check->state(), State::Running);
                QVERIFY(!check->start(1)); // one walk at a time
                QVERIFY(done.wait(20000));
            }();
            return check;
        };

        auto check = runCheck(opener);
        QCOMPARE(check->state(), State::Intact);
        QCOMPARE(check->report().entries, 30);
        QVERIFY(!openedOnMainThread);
        QVERIFY(opened >= 1);
        Audit::Entry recorded = last(*store);
        QCOMPARE(recorded.action, Audit::Action::Verify);
        QCOMPARE(recorded.outcome, Audit::Outcome::Success);
        QCOMPARE(recorded.accountUuid, Audit::systemAccount);
        QCOMPARE(recorded.detail, QStringLiteral("startup;entries=30;anomalies=0"));

        tamper(*store, QStringLiteral("UPDATE audit_entry SET detail = 'x' WHERE seq = 12"));
        check = runCheck(opener);
        QCOMPARE(check->state(), State::Broken);
        QCOMPARE(check->report().firstBreak->seq, 12);
        recorded = last(*store);
        QCOMPARE(recorded.action, Audit::Action::Verify);
        QCOMPARE(recorded.outcome, Audit::Outcome::Failure);
        QCOMPARE(recorded.reason, QStringLiteral("content:12"));

        // The store cannot be opened (the keychain refused the key): said, and recorded.
        check = runCheck([]() -> Result<std::unique_ptr<Storage::Store>> {
            return fail(ErrorCode::KeychainUnavailable, QStringLiteral("trousseau verrouillé"));
        });
        QCOMPARE(check->state(), State::Failed);
        QCOMPARE(check->error().userText, QStringLiteral("trousseau verrouillé"));
        recorded = last(*store);
        QCOMPARE(recorded.action, Audit::Action::Verify);
        QCOMPARE(recorded.outcome, Audit::Outcome::Failure);
    }

    void aRefusedCheckpointIsNotTakenForAnOrphan()
    {
        // Regression: a refused signing (wrong PIN) is a `checkpoint` entry without a row.
        auto store = freshStore();
        buildChain(*store, 5, 3);
        const Actor actor = titulaire(*store);
        Audit::Entry refused;
        refused.action = Audit::Action::Checkpoint;
        refused.targetType = QStringLiteral("audit");
        refused.outcome = Audit::Outcome::Refused;
        refused.reason = QStringLiteral("card:pin-wrong");
        QVERIFY(Audit::Recorder(*store, m_clock).record(&actor, refused));
        Audit::Report r = verify(*store);
        QVERIFY2(r.intact(), qPrintable(r.summary()));
        QCOMPARE(r.checkpoints, 1);
        // Turning the refusal into a success to pass for a checkpoint breaks its hash.
        tamper(*store, QStringLiteral("UPDATE audit_entry SET outcome = 'success' WHERE seq = 7"));
        r = verify(*store);
        QVERIFY(!r.intact());
        QCOMPARE(r.firstBreak->seq, 7);
    }

    void aSettingsChangeIsACommandRecordedWithTheSettingNotItsValue()
    {
        auto store = freshStore();
        Commands::CommandExecutor executor(*store, m_clock);
        executor.setActor(titulaire(*store));
        Settings settings(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(m_n)));
        QTemporaryDir folder;
        Commands::ChangeSettingsCommand change(settings,
                                               {{Settings::Key::BackupFolder, folder.path()},
                                                {Settings::Key::BackupKeep, 14}, // unchanged
                                                {Settings::Key::InactivityLockSeconds, 60}});
        QVERIFY(executor.execute(change));
        QCOMPARE(settings.string(Settings::Key::BackupFolder), folder.path());
        QCOMPARE(settings.integer(Settings::Key::InactivityLockSeconds), 60);
        QCOMPARE(entries(*store), 1);
        const Audit::Entry e = last(*store);
        QCOMPARE(e.action, Audit::Action::SettingsChange);
        QCOMPARE(e.accountUuid, m_titulaireUuid);
        QCOMPARE(e.fields,
                 (QStringList {Settings::name(Settings::Key::BackupFolder),
                               Settings::name(Settings::Key::InactivityLockSeconds)}));
        QVERIFY(!e.detail.contains(folder.path()));
        QVERIFY(!e.fields.join(u' ').contains(folder.path()));

        // Invalid values are refused by the command itself, with nothing written or recorded.
        for (const auto& [key, value] : std::vector<std::pair<Settings::Key, QVariant>> {
                 {Settings::Key::BackupFolder, m_dir.filePath(QStringLiteral("no-such-folder"))},
                 {Settings::Key::InactivityLockSeconds, 10},
                 {Settings::Key::BackupHour, 24},
                 {Settings::Key::BackupKeep, 0},
                 {Settings::Key::Language, QStringLiteral("de")},
                 {Settings::Key::LastBackupSuccess, QStringLiteral("2026-01-01")}, // status, not a setting
             }) {
            Commands::ChangeSettingsCommand bad(settings, {{key, value}});
            auto r = executor.execute(bad);
            QVERIFY2(!r, qPrintable(Settings::name(key)));
        }
        QCOMPARE(settings.string(Settings::Key::BackupFolder), folder.path());
        QCOMPARE(entries(*store), 1);

        // A technician's change is refused whatever the dialog showed, and the refusal recorded.
        executor.setActor(Actor {QStringLiteral("prep"), QStringLiteral("P"), QString(),
                                 Auth::permissionsOf(Auth::Role::Preparateur)});
        Commands::ChangeSettingsCommand denied(settings, {{Settings::Key::InactivityLockSeconds, 3600}});
        QCOMPARE(executor.execute(denied).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(settings.integer(Settings::Key::InactivityLockSeconds), 60);
        QCOMPARE(entries(*store), 2);
        QCOMPARE(last(*store).outcome, Audit::Outcome::Refused);
        QCOMPARE(last(*store).action, Audit::Action::SettingsChange);

        // The backup passphrase: the one policy, saved through the keychain callback, audited by
        // name only; a technician may not set it.
        QByteArray saved;
        auto save = [&saved](const SecureBuffer& p) -> Result<void> {
            saved = p.view().toByteArray();
            return {};
        };
        Commands::SetBackupPassphraseCommand refusedForRole(save, Test::secret("Pharmacie-du-Port-1987"));
        QVERIFY(!executor.execute(refusedForRole));
        executor.setActor(titulaire(*store));
        Commands::SetBackupPassphraseCommand weak(save, Test::secret("court"));
        QVERIFY(executor.execute(weak).error().userText.contains(QStringLiteral("phrase de passe")));
        QVERIFY(saved.isEmpty());
        Commands::SetBackupPassphraseCommand good(save, Test::secret("Pharmacie-du-Port-1987"));
        QVERIFY(executor.execute(good));
        QCOMPARE(saved, QByteArray("Pharmacie-du-Port-1987"));
        QCOMPARE(last(*store).fields, QStringList {QStringLiteral("Backup/Passphrase")});
        QCOMPARE(entries(*store), 4); // the refusal of the technician's passphrase, then the change
    }

    void aPatientsEntriesAreFoundThroughTheMonthKeyedIndex()
    {
        auto store = freshStore();
        buildChain(*store, 12, 0);
        m_clock.advanceDays(40); // another month
        buildChain(*store, 6, 0);
        Audit::Filter forPatient;
        forPatient.patientUuid = QStringLiteral("patient-1");
        auto found = Audit::Trail(*store).find(forPatient);
        QVERIFY(found);
        QCOMPARE(found->size(), size_t(4 + 2)); // i % 3 == 1 in each chain part
        for (const Audit::Entry& e : *found) {
            QCOMPARE(e.patientUuid, QStringLiteral("patient-1"));
        }
        // Restricted to a period, only that period's entries.
        forPatient.from = m_clock.now().addDays(-1);
        found = Audit::Trail(*store).find(forPatient);
        QCOMPARE(found->size(), size_t(2));
        // A period after the last entry: nothing, at once.
        forPatient.from = m_clock.now().addYears(1);
        QCOMPARE(Audit::Trail(*store).find(forPatient)->size(), size_t(0));
        // A limit is met newest first, across months.
        forPatient.from = {};
        forPatient.limit = 3;
        found = Audit::Trail(*store).find(forPatient);
        QCOMPARE(found->size(), size_t(3));
        QVERIFY(found->at(0).at >= found->at(1).at && found->at(1).at >= found->at(2).at);
        QCOMPARE(found->at(0).at.date().month(), m_clock.now().date().month());
        forPatient.limit = 5000;
        // Each month is one seek of the index with the month bound as a parameter (never built
        // into the SQL text), so new periods do not grow the statement cache.
        const int statements = store->cachedStatements();
        for (int days = 1; days <= 60; ++days) {
            forPatient.from = m_clock.now().addDays(-days);
            QVERIFY(Audit::Trail(*store).find(forPatient));
        }
        QCOMPARE(store->cachedStatements(), statements); // the "from" variant ran above
        auto plan = store->query(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT e.seq FROM audit_entry e WHERE substr(e.at, 1, 7) = ?7 AND "
            "substr(e.patient_uuid, 29, 8) = substr(?1, 29, 8) AND e.patient_uuid <> '' AND "
            "e.patient_uuid = ?1"));
        QVERIFY(plan);
        plan->bind(1, QStringLiteral("patient-1")).bind(7, QStringLiteral("2026-11"));
        QString details;
        while (*plan->next()) {
            details += plan->text(3) + u'\n';
        }
        QVERIFY2(details.contains(QStringLiteral("audit_entry_patient")), qPrintable(details));
    }

    void theCsvExportNeutralisesCellsASpreadsheetWouldRunAsFormulas()
    {
        std::vector<Services::AuditRow> rows(1);
        Services::AuditRow& r = rows.front();
        r.when = QStringLiteral("23/11/2026 09:14:03");
        r.who = QStringLiteral("@SUM(A1:A9)");
        r.what = QStringLiteral("+33 6 12");
        r.target = QStringLiteral("-2+3");
        r.outcome = QStringLiteral("\tTab");
        r.details = QStringLiteral("=HYPERLINK(\"http://evil.example\";\"clic\")");
        r.entry.workstationId = QStringLiteral("\rCR");
        r.entry.seq = 7;
        r.entry.uuid = QStringLiteral("plain");
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(Services::AuditLog::writeCsv(rows, out));
        const QString text = QString::fromUtf8(out.data().mid(3));
        const QString line = text.section(QStringLiteral("\r\n"), 1, 1);
        QCOMPARE(
            line,
            QStringLiteral("23/11/2026 09:14:03;'@SUM(A1:A9);'+33 6 12;'-2+3;\"'\tTab\";"
                           "\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"clic\"\")\";\"'\rCR\";7;plain"));
    }

    void entriesAreAppendOnlyInTheStore()
    {
        auto store = freshStore();
        buildChain(*store, 2, 0);
        QVERIFY(!store->exec(QStringLiteral("UPDATE audit_entry SET detail = 'x'")));
        QVERIFY(!store->exec(QStringLiteral("DELETE FROM audit_entry")));
        QCOMPARE(entries(*store), 2);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "test_audit.moc"
