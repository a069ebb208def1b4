#include "backgroundverification.h"

#include "audit/auditrecorder.h"
#include "logging/logging.h"
#include "storage/store.h"
#include "util/threadcleanup.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Officine::Audit {

BackgroundVerification::BackgroundVerification(Verifier::ReaderFactory open,
                                               std::shared_ptr<const Auth::CardVerifier> trust,
                                               Recorder& recorder, QObject* parent)
    : QObject(parent)
    , m_open(std::move(open))
    , m_trust(std::move(trust))
    , m_recorder(recorder)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BackgroundVerification::onFinished);
}

BackgroundVerification::~BackgroundVerification()
{
    wait();
}

bool BackgroundVerification::start(int readers)
{
    if (m_state == State::Running) {
        return false;
    }
    m_state = State::Running;
    m_watcher.setFuture(QtConcurrent::run([open = m_open, trust = m_trust, readers]() -> Result<Report> {
        const ThreadCryptoScope cryptoState;
        auto store = open();
        if (!store) {
            return fail(store.error());
        }
        return Verifier(**store, trust.get()).withReaders(open, readers).run();
    }));
    return true;
}

void BackgroundVerification::wait()
{
    m_watcher.waitForFinished();
}

void BackgroundVerification::onFinished()
{
    const Result<Report> result = m_watcher.result();
    Entry e;
    if (!result) {
        m_state = State::Failed;
        m_error = result.error();
        e.action = Action::Verify;
        e.targetType = QStringLiteral("audit");
        e.outcome = Outcome::Failure;
        e.reason = QStringLiteral("error:%1").arg(static_cast<int>(m_error.code));
        e.detail = QStringLiteral("startup");
        qCWarning(lcAudit).noquote() << "start-up audit verification could not run:" << m_error.logText;
    } else {
        m_report = *result;
        m_state = m_report.intact() ? State::Intact : State::Broken;
        e = m_report.auditEntry(QStringLiteral("startup"));
        if (auto r = Verifier::rememberHeads(m_recorder.store(), m_report, m_recorder.clock().now()); !r) {
            qCWarning(lcAudit).noquote() << "could not remember the verified heads:" << r.error().logText;
        }
        if (m_report.intact()) {
            qCInfo(lcAudit) << "start-up audit verification: intact," << m_report.entries << "entries";
        } else {
            qCWarning(lcAudit).noquote()
                << "start-up audit verification: broken at" << e.reason << "anomalies" << m_report.anomalies;
        }
    }
    if (auto r = m_recorder.recordSystem(e); !r) {
        qCWarning(lcAudit).noquote() << "could not record the verification:" << r.error().logText;
    }
    Q_EMIT finished();
}

} // namespace Officine::Audit
