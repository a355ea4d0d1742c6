// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace traject::crypto {

/// Bytes that must not outlive their use: a data key, a derived key, a passphrase in UTF-8.
/// They live in memory of libsodium's sodium_malloc (locked against swapping where the system
/// allows it, with guard pages) and are wiped when the Secret goes. Move-only.
class Secret
{
public:
    Secret() = default;
    explicit Secret(std::size_t size);
    ~Secret();
    Secret(Secret &&other) noexcept;
    Secret &operator=(Secret &&other) noexcept;
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;

    /// `size` bytes from the system's random source.
    static Secret random(std::size_t size);
    /// A copy of these bytes (the caller wipes its own copy).
    static Secret copyOf(const void *data, std::size_t size);
    /// A text in NFC, as UTF-8: the same passphrase gives the same bytes however it was typed.
    static Secret fromText(const QString &text);

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    /// Lower-case hexadecimal digits of the bytes, as a Secret of their own.
    Secret toHex() const;
    /// Compares in constant time.
    bool operator==(const Secret &other) const;

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

/// Calls sodium_init() once; every function here does it first.
void initialiseSodium();

} // namespace traject::crypto
