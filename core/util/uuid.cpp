#include "uuid.h"

#include "util/random.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>
#include <QUuid>
#include <array>
#include <cstring>

namespace Officine::Ids {

namespace {
QMutex gMutex;
qint64 gLastMs = -1;
quint16 gCounter = 0;
} // namespace

QString newUuid()
{
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    std::array<quint8, 16> b {};
    // OpenSSL's generator (seeded by the system, no system call per identifier); the system's
    // own if it ever fails, since an identifier needs uniqueness more than secrecy.
    if (!Random::fill(b.data() + 6, b.size() - 6)) {
        std::array<quint32, 3> words {};
        QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
        std::memcpy(b.data() + 6, words.data(), b.size() - 6);
    }
    quint16 counter = 0;
    {
        QMutexLocker lock(&gMutex);
        if (ms <= gLastMs) {
            // The same millisecond (or a clock stepped back): keep counting from the last one.
            ms = gLastMs;
            if (++gCounter > 0x0FFF) {
                // 4,096 identifiers in one millisecond: borrow the next one.
                ++ms;
                gCounter = 0;
            }
        } else {
            // A fresh millisecond starts the counter at a random point of its lower half.
            gCounter = quint16(b[6] << 8 | b[7]) & 0x07FF;
        }
        gLastMs = ms;
        counter = gCounter;
    }
    for (int i = 5; i >= 0; --i) {
        b[size_t(i)] = quint8(ms & 0xFF);
        ms >>= 8;
    }
    b[6] = quint8(0x70 | (counter >> 8));
    b[7] = quint8(counter & 0xFF);
    b[8] = quint8(0x80 | (b[8] & 0x3F));
    return QUuid::fromRfc4122(QByteArrayView(b.data(), qsizetype(b.size()))).toString(QUuid::WithoutBraces);
}

} // namespace Officine::Ids
