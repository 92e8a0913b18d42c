"""Analyze Vietnamese news articles on a Spark cluster with BienNien.

Reads JSON Lines articles ({"id", "date", "text"}, one per line) from any source Spark reads
as text (a local folder, hdfs://, s3a://, ...), pipes every partition through
`biennien analyze -` on the executors (RDD.pipe: the articles go to the binary's stdin, its
JSON Lines analyses come back on stdout, in input order), and writes the analyses as text
files, one analysis per line, each with its article's body (`--with-text`), ready for
`biennien ingest --analyzed` on any machine that reaches the database.

The binary must be at the same path on every executor (bake it into the executors' image, put
it on a shared file system, or ship it with `spark-submit --files biennien` and give
`--binary ./biennien` where the cluster manager puts shipped files in the working directory).
A bad article is reported on the executor's stderr and skipped; the job goes on.

Example (local mode, two cores):
    python3 examples/spark/analyze_with_spark.py --binary .build/release/biennien \\
        --input articles.jsonl --output analyses/
"""
import argparse
import os

from pyspark.sql import SparkSession


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", required=True, help="JSON Lines articles: a file, folder or glob Spark can read")
    parser.add_argument("--output", required=True, help="folder for the analyses (must not exist)")
    parser.add_argument("--binary", default="biennien", help="path of the biennien binary on the executors")
    parser.add_argument("--master", default="local[2]", help="Spark master (default: local[2])")
    parser.add_argument("--partitions", type=int, default=4, help="minimum number of input partitions")
    parser.add_argument("--jobs", type=int, default=1, help="analysis threads per biennien process (one per executor core is the usual choice)")
    args = parser.parse_args()

    binary = os.path.abspath(args.binary) if os.path.exists(args.binary) else args.binary
    spark = SparkSession.builder.master(args.master).appName("biennien-analyze").getOrCreate()
    try:
        articles = spark.sparkContext.textFile(args.input, minPartitions=args.partitions)
        # One biennien process per partition; analyses come back in the partition's order.
        analyses = articles.filter(lambda line: line.strip() != "").pipe(
            f"{binary} analyze --input jsonl --with-text --jobs {args.jobs} -"
        )
        analyses.saveAsTextFile(args.output)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
