package com.shopperspectrum.core.generate;

/**
 * The vocabulary of generated product descriptions, in the style of the original catalogue: a theme
 * ({@code VINTAGE CHRISTMAS}, {@code RED RETROSPOT}) followed by an item ({@code LUNCH BAG}).
 */
final class ThemeNames {
    private static final String[] NAMED = {
        "VINTAGE CHRISTMAS",
        "REGENCY",
        "DOLLY GIRL",
        "SPACEBOY",
        "SKULL",
        "WOODLAND",
        "JAM MAKING",
        "ALPHABET",
        "CIRCUS PARADE",
        "PANTRY",
        "SWEETHEART",
        "VICTORIAN",
        "HANGING HEART",
        "FAIRY CAKE",
        "JUNGLE",
        "PARTY BUNTING",
        "RETRO COFFEE",
        "ENGLISH ROSE",
        "SCANDINAVIAN",
        "MOROCCAN"
    };
    private static final String[] COLOURS = {
        "RED",
        "PINK",
        "BLUE",
        "GREEN",
        "IVORY",
        "WHITE",
        "BLACK",
        "CREAM",
        "PURPLE",
        "ORANGE",
        "YELLOW",
        "SILVER",
        "GOLD",
        "TURQUOISE",
        "LILAC",
        "MINT"
    };
    private static final String[] MOTIFS = {
        "RETROSPOT", "SPOTTY", "HEART", "FLORAL", "PAISLEY", "POLKADOT", "STRIPE", "GINGHAM", "DAISY", "ROSE",
        "BIRD", "BUTTERFLY", "OWL", "STAR", "SNOWFLAKE", "DOILY", "LACE", "BAROQUE", "PARISIENNE", "ORIENTAL"
    };
    private static final String[] STYLES = {
        "VINTAGE", "RETRO", "FRENCH", "RUSTIC", "GLASS", "ENAMEL", "WOODEN", "CERAMIC", "KNITTED", "FELT", "ZINC", "TIN"
    };
    /** 61 items (a prime, so any step below it visits them all); two need CSV quoting, as in the original. */
    static final String[] ITEMS = {
        "LUNCH BAG",
        "JUMBO BAG",
        "CAKE STAND",
        "T-LIGHT HOLDER",
        "CUSHION COVER",
        "TEA TOWEL",
        "MUG",
        "CHILDRENS CUTLERY SET",
        "PAPER NAPKINS",
        "BUNTING",
        "WALL CLOCK",
        "HOT WATER BOTTLE",
        "SHOPPER BAG",
        "GIFT WRAP",
        "GIFT TAGS",
        "PAPER CUPS",
        "PAPER PLATES",
        "CAKE CASES",
        "BAKING SET",
        "APRON",
        "OVEN GLOVE",
        "STORAGE JAR",
        "TRINKET BOX",
        "PHOTO FRAME",
        "NOTEBOOK",
        "PENCILS",
        "ALARM CLOCK",
        "DOORMAT",
        "LANTERN",
        "COAT HANGER",
        "PURSE",
        "HAND WARMER",
        "CANDLE",
        "DOORSTOP",
        "CHOPPING BOARD",
        "WATER BOTTLE",
        "BEAKER",
        "BOWL",
        "PLATE",
        "TEAPOT",
        "SUGAR BOWL",
        "MILK JUG",
        "SNACK BOX",
        "PICNIC BASKET",
        "WASHBAG",
        "UMBRELLA",
        "KEYRING",
        "FRIDGE MAGNET",
        "GREETING CARD",
        "TREE DECORATION",
        "JIGSAW",
        "PLAYING CARDS",
        "CHALKBOARD",
        "HOOK",
        "MEMO BOARD",
        "PLASTERS IN TIN",
        "SET 3 TEA,COFFEE,SUGAR TINS",
        "RECORD FRAME 7\" SINGLE SIZE",
        "WRAP",
        "PARTY BAG",
        "SPONGE"
    };

    private ThemeNames() {}

    /** The name of theme {@code t}: unique for every {@code t >= 0}. */
    static String theme(int t) {
        if (t < NAMED.length) {
            return NAMED[t];
        }
        int j = t - NAMED.length;
        int combos = COLOURS.length * MOTIFS.length;
        String base = COLOURS[j % COLOURS.length] + " " + MOTIFS[(j / COLOURS.length) % MOTIFS.length];
        int generation = j / combos;
        if (generation == 0) {
            return base;
        }
        String styled = STYLES[(generation - 1) % STYLES.length] + " " + base;
        int round = (generation - 1) / STYLES.length;
        return round == 0 ? styled : styled + " " + (round + 1);
    }

    /** The {@code k}-th item of a theme, distinct for {@code k < ITEMS.length}, in an order set by {@code hash}. */
    static String item(long hash, int k) {
        int n = ITEMS.length;
        int first = (int) Math.floorMod(hash, (long) n);
        int step = 1 + (int) Math.floorMod(hash >>> 20, (long) (n - 1));
        return ITEMS[(int) ((first + (long) k * step) % n)];
    }
}
