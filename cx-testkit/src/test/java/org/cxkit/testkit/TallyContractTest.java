package org.cxkit.testkit;

/** Every property of the kit holds for a correct figure. */
class TallyContractTest extends AccumulatorContractTest.Correct {}
