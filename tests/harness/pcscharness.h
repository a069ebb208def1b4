#pragma once

// Test harness: an isolated pcscd (socket-activated on a private socket, with its own
// reader.conf for the vsmartcard-vpcd driver on a free port) and card emulator processes
// (tools/cardemulator). Tests never depend on a system pcscd. Must be set up before the test
// process makes its first PC/SC call (PCSCLITE_CSOCK_NAME is read once).

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <memory>
#include <sys/prctl.h>

namespace Officine::Test {

/// Children of the harness die with the test process, even when it crashes or is killed, so no
/// pcscd or emulator outlives a test run.
inline void dieWithParent(QProcess& process)
{
    process.setChildProcessModifier([]() { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

class EmulatorProcess
{
public:
    EmulatorProcess(const QString& card, quint16 port, bool inserted)
    {
        QStringList args {QStringLiteral("run"), QStringLiteral("--card"), card, QStringLiteral("--port"),
                          QString::number(port)};
        if (!inserted) {
            args << QStringLiteral("--removed");
        }
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        dieWithParent(m_process);
        m_process.start(QStringLiteral(OFFICINE_CARD_EMULATOR), args);
        m_process.waitForStarted(5000);
    }
    ~EmulatorProcess()
    {
        send("quit");
        if (!m_process.waitForFinished(2000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
    void send(const QByteArray& line) { m_process.write(line + '\n'); }
    /// Waits until the emulator printed a line starting with `prefix` (since the last call).
    bool waitFor(const QByteArray& prefix, int ms = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms) {
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine().trimmed();
                m_lines << line;
                if (line.startsWith(prefix)) {
                    return true;
                }
            }
            m_process.waitForReadyRead(50);
            QCoreApplication::processEvents();
        }
        return false;
    }
    QList<QByteArray> lines() const { return m_lines; }
    /// The last line read by waitFor().
    QByteArray lastLine() const { return m_lines.isEmpty() ? QByteArray() : m_lines.last(); }

private:
    QProcess m_process;
    QList<QByteArray> m_lines;
};

class PcscHarness
{
public:
    static constexpr auto readerName = "Officine Test 00 00";

    bool start()
    {
        if (!m_dir.isValid()) {
            return false;
        }
        m_port = freePortPair();
        QFile conf(m_dir.filePath(QStringLiteral("reader.conf")));
        if (!conf.open(QIODevice::WriteOnly)) {
            return false;
        }
        conf.write(QStringLiteral("FRIENDLYNAME \"Officine Test\"\nDEVICENAME /dev/null:%1\n"
                                  "LIBPATH /usr/lib/pcsc/drivers/serial/libifdvpcd.so\nCHANNELID %1\n")
                       .arg(m_port)
                       .toUtf8());
        conf.close();
        qputenv("PCSCLITE_CSOCK_NAME", m_dir.filePath(QStringLiteral("pcscd.comm")).toUtf8());
        return startDaemon() && makeCards();
    }

    bool startDaemon()
    {
        m_daemon = std::make_unique<QProcess>();
        m_daemon->setProcessChannelMode(QProcess::MergedChannels);
        dieWithParent(*m_daemon);
        m_daemon->start(QStringLiteral("systemd-socket-activate"),
                        {QStringLiteral("-l"), m_dir.filePath(QStringLiteral("pcscd.comm")),
                         QStringLiteral("/usr/sbin/pcscd"), QStringLiteral("-f"), QStringLiteral("-e"),
                         QStringLiteral("-c"), m_dir.filePath(QStringLiteral("reader.conf"))});
        if (!m_daemon->waitForStarted(5000)) {
            return false;
        }
        // The socket exists once systemd-socket-activate listens.
        QElapsedTimer t;
        t.start();
        while (!QFile::exists(m_dir.filePath(QStringLiteral("pcscd.comm"))) && t.elapsed() < 5000) {
            QTest::qWait(20);
        }
        return QFile::exists(m_dir.filePath(QStringLiteral("pcscd.comm")));
    }

    /// Stops pcscd (SIGTERM), as when the reader service goes away or the reader is unplugged.
    void stopDaemon()
    {
        if (m_daemon) {
            m_daemon->terminate();
            if (!m_daemon->waitForFinished(5000)) {
                m_daemon->kill();
                m_daemon->waitForFinished(2000);
            }
            m_daemon.reset();
            QFile::remove(m_dir.filePath(QStringLiteral("pcscd.comm")));
        }
    }

    ~PcscHarness() { stopDaemon(); }

    std::unique_ptr<EmulatorProcess> card(const QString& name, bool inserted = true)
    {
        return std::make_unique<EmulatorProcess>(cardPath(name), m_port, inserted);
    }
    /// The vpcd driver gives each channel two readers: "… 00 00" on the port, "… 00 01" on port+1.
    std::unique_ptr<EmulatorProcess> cardInSecondReader(const QString& name, bool inserted = true)
    {
        return std::make_unique<EmulatorProcess>(cardPath(name), static_cast<quint16>(m_port + 1), inserted);
    }
    static constexpr auto secondReaderName = "Officine Test 00 01";
    std::unique_ptr<EmulatorProcess> cardFromFile(const QString& path, bool inserted = true)
    {
        return std::make_unique<EmulatorProcess>(path, m_port, inserted);
    }
    QString cardPath(const QString& name) const
    {
        return m_dir.filePath(QStringLiteral("cards/") + name + QStringLiteral(".card"));
    }
    QString trustDir() const { return m_dir.filePath(QStringLiteral("cards/trust")); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    quint16 port() const { return m_port; }

private:
    bool makeCards()
    {
        QProcess make;
        make.start(QStringLiteral(OFFICINE_CARD_EMULATOR),
                   {QStringLiteral("make-cards"), m_dir.filePath(QStringLiteral("cards"))});
        return make.waitForFinished(60000) && make.exitCode() == 0;
    }

    static quint16 freePortPair()
    {
        for (int attempt = 0; attempt < 50; ++attempt) {
            const auto port = static_cast<quint16>(41000 + 2 * QRandomGenerator::global()->bounded(3000));
            QTcpServer a, b;
            if (a.listen(QHostAddress::Any, port) && b.listen(QHostAddress::Any, port + 1)) {
                return port;
            }
        }
        return 41000;
    }

    QTemporaryDir m_dir;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_daemon;
};

} // namespace Officine::Test
