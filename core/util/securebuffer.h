#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <span>

namespace Officine {

/// A byte buffer for secrets (database keys, PINs, passphrases): its memory is locked with mlock()
/// so it never reaches swap, excluded from core dumps (MADV_DONTDUMP), and wiped with
/// OPENSSL_cleanse() before it is released. It is move-only: a secret is never copied silently,
/// unlike the implicitly shared Qt containers. Take secrets out of QString/QByteArray at the
/// boundary with fromAndWipe() and keep them here.
class SecureBuffer
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    ~SecureBuffer();

    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;
    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;

    /// Copies the bytes into locked memory, then overwrites the source's bytes with zeros.
    static SecureBuffer fromAndWipe(QByteArray& source);
    static SecureBuffer copyOf(std::span<const std::uint8_t> bytes);
    /// size bytes from the operating system's CSPRNG (OpenSSL RAND_bytes); an error when the
    /// generator fails, never predictable bytes.
    static Result<SecureBuffer> random(std::size_t size);

    std::uint8_t* data() { return m_data; }
    const std::uint8_t* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool isLocked() const { return m_locked; }
    std::span<const std::uint8_t> bytes() const { return {m_data, m_size}; }
    /// The content as bytes for APIs that read them in place (HMAC keys); never copy it out.
    QByteArrayView view() const { return {reinterpret_cast<const char*>(m_data), qsizetype(m_size)}; }

    /// Lower-case hexadecimal of the content, itself in a SecureBuffer.
    SecureBuffer toHex() const;
    bool equals(const SecureBuffer& other) const;
    void wipe();

private:
    void release();

    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_mapped = 0;
    bool m_locked = false;
};

/// Overwrites a QByteArray's bytes in place and empties it, keeping its zeroed block until it is
/// destroyed (detaching first would copy the secret, so callers must own the only reference; a
/// shared one is only emptied).
void wipe(QByteArray& bytes);
void wipe(QString& text);

} // namespace Officine
