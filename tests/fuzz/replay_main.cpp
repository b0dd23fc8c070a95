// SPDX-License-Identifier: GPL-3.0-or-later
// Stand-in for libFuzzer's main when the compiler has no libFuzzer (the gcc
// ASan build): runs every file under the given paths through the target
// once, so the seed corpora and crash regressions replay under ASan/UBSan in
// `ctest -L unit` as well.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    namespace fs = std::filesystem;
    int runs = 0;
    auto runFile = [&](const fs::path &p) {
        std::ifstream in(p, std::ios::binary);
        std::vector<uint8_t> bytes{std::istreambuf_iterator<char>(in), {}};
        LLVMFuzzerTestOneInput(bytes.data(), bytes.size());
        ++runs;
    };
    for (int i = 1; i < argc; ++i) {
        const fs::path root(argv[i]);
        if (fs::is_directory(root)) {
            for (const auto &e : fs::recursive_directory_iterator(root))
                if (e.is_regular_file())
                    runFile(e.path());
        } else if (fs::is_regular_file(root)) {
            runFile(root);
        } else {
            std::fprintf(stderr, "replay: no such file or directory: %s\n", argv[i]);
            return 2;
        }
    }
    std::printf("replay: %d inputs, no failure\n", runs);
    // An empty corpus would make the test pass while checking nothing.
    return runs > 0 ? 0 : 3;
}
