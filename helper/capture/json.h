// SPDX-License-Identifier: GPL-3.0-or-later
// A small JSON value for the capture's figures and the standalone tool's
// config, so the capture needs no Qt: objects keep their members in the
// order they were inserted, numbers are integers (int64) or doubles.
// bywayd turns a Value into QJsonValue (capture/qt.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <expected>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace byway::capture::json {

class Value;
class Object;
using Array = std::vector<Value>;

class Value {
public:
    Value() = default;
    Value(std::nullptr_t) {}
    Value(bool b) : m_v(b) {}
    template <typename T>
        requires(std::is_integral_v<T> && !std::is_same_v<T, bool>)
    Value(T v) : m_v(int64_t(v)) // uint64 counters wrap past 2^63, as qint64() did
    {
    }
    Value(double d) : m_v(d) {}
    Value(const char *s) : m_v(std::string(s)) {}
    Value(std::string_view s) : m_v(std::string(s)) {}
    Value(std::string s) : m_v(std::move(s)) {}
    Value(Array a);
    Value(Object o);

    [[nodiscard]] bool isNull() const { return m_v.index() == 0; }
    [[nodiscard]] bool isBool() const { return m_v.index() == 1; }
    [[nodiscard]] bool isInteger() const { return m_v.index() == 2; }
    [[nodiscard]] bool isNumber() const { return m_v.index() == 2 || m_v.index() == 3; }
    [[nodiscard]] bool isString() const { return m_v.index() == 4; }
    [[nodiscard]] bool isArray() const { return m_v.index() == 5; }
    [[nodiscard]] bool isObject() const { return m_v.index() == 6; }

    // The value, or `fallback` when it is of another type (as QJsonValue).
    [[nodiscard]] bool toBool(bool fallback = false) const;
    [[nodiscard]] int64_t toInteger(int64_t fallback = 0) const; // a double only when integral
    [[nodiscard]] double toDouble(double fallback = 0) const;
    [[nodiscard]] std::string toString(std::string fallback = {}) const;
    [[nodiscard]] const Array &toArray() const;   // empty when not an array
    [[nodiscard]] const Object &toObject() const; // empty when not an object

    // Compact JSON text (RFC 8259), keys in insertion order.
    [[nodiscard]] std::string serialize() const;
    void serializeTo(std::string &out) const;

private:
    // Containers shared: a Value copies cheaply, as a QJsonValue does.
    std::variant<std::monostate, bool, int64_t, double, std::string, std::shared_ptr<const Array>,
                 std::shared_ptr<const Object>>
        m_v;
};

class Object {
public:
    Object() = default;
    Object(std::initializer_list<std::pair<std::string, Value>> members) : m_members(members) {}
    // Sets `key` (replaces an existing member in place).
    void insert(std::string_view key, Value value);
    // nullptr when absent.
    [[nodiscard]] const Value *find(std::string_view key) const;
    // The member, or a null Value when absent.
    [[nodiscard]] const Value &value(std::string_view key) const;
    [[nodiscard]] bool contains(std::string_view key) const { return find(key) != nullptr; }
    [[nodiscard]] bool empty() const { return m_members.empty(); }
    [[nodiscard]] size_t size() const { return m_members.size(); }
    [[nodiscard]] auto begin() const { return m_members.begin(); }
    [[nodiscard]] auto end() const { return m_members.end(); }

private:
    std::vector<std::pair<std::string, Value>> m_members;
};

// Parses one JSON text (whitespace around it allowed, nothing else). The
// error says where: "line 3 column 7: expected ':'".
[[nodiscard]] std::expected<Value, std::string> parse(std::string_view text);

// An array's compact size as rows join it ("[" row "," row "]") against a
// budget of `bytes` (SIZE_MAX: none, nothing written to count): for lists
// that must fit in one message.
class ArrayBudget {
public:
    explicit ArrayBudget(size_t bytes) : m_bytes(bytes) {}
    // Whether `row` still fits; counted if it does.
    [[nodiscard]] bool take(const Value &row)
    {
        if (m_bytes == SIZE_MAX)
            return true;
        const size_t used = m_used + row.serialize().size() + (m_rows == 0 ? 0 : 1);
        if (used > m_bytes)
            return false;
        m_used = used;
        ++m_rows;
        return true;
    }

private:
    size_t m_bytes;
    size_t m_used = 2;
    size_t m_rows = 0;
};

} // namespace byway::capture::json
