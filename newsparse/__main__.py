from ._start import main

main()
