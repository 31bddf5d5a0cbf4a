"""The command line: argparse front-ends that call the services and nothing else."""
